/** The components chapters may use without import lines, handed to MDX by the pages that render chapters. */
import FrequencyTable from './report/FrequencyTable.astro';
import CorrelationTable from './report/CorrelationTable.astro';
import Figure from './report/Figure.astro';
import FrameworkDiagram from './report/FrameworkDiagram.astro';
import IndexMeansByStage from './report/IndexMeansByStage.astro';
import References from './report/References.astro';
import Questionnaire from './report/Questionnaire.astro';
import AppendixTables from './report/AppendixTables.astro';
import Downloads from './report/Downloads.astro';
import DataSummary from './report/DataSummary.astro';
import DataNotice from './report/DataNotice.astro';
import DataOrigin from './report/DataOrigin.astro';
import Cite from './inline/Cite.astro';
import Ref from './inline/Ref.astro';
import Pct from './inline/Pct.astro';
import Count from './inline/Count.astro';
import Responses from './inline/Responses.astro';
import ShareAtLeast from './inline/ShareAtLeast.astro';
import LibrariesAtStage from './inline/LibrariesAtStage.astro';
import StageComparison from './inline/StageComparison.astro';
import CorrelationStrength from './inline/CorrelationStrength.astro';
import H2 from './headings/H2.astro';
import H3 from './headings/H3.astro';
import H4 from './headings/H4.astro';
import H5 from './headings/H5.astro';

export const mdxComponents = {
  FrequencyTable,
  CorrelationTable,
  Figure,
  FrameworkDiagram,
  IndexMeansByStage,
  References,
  Questionnaire,
  AppendixTables,
  Downloads,
  DataSummary,
  DataNotice,
  DataOrigin,
  Cite,
  Ref,
  Pct,
  Count,
  Responses,
  ShareAtLeast,
  LibrariesAtStage,
  StageComparison,
  CorrelationStrength,
  h2: H2,
  h3: H3,
  h4: H4,
};

/** On the full-text page each chapter title is an h2, so chapter headings move one level down. */
export const fullTextComponents = { ...mdxComponents, h2: H3, h3: H4, h4: H5 };
