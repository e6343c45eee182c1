/** The components chapters may use without import lines, handed to MDX by the pages that render chapters. */
import FrequencyTable from './report/FrequencyTable.astro';
import CorrelationTable from './report/CorrelationTable.astro';
import Figure from './report/Figure.astro';
import IndexMeansByStage from './report/IndexMeansByStage.astro';
import References from './report/References.astro';
import Questionnaire from './report/Questionnaire.astro';
import AppendixTables from './report/AppendixTables.astro';
import Downloads from './report/Downloads.astro';
import DataSummary from './report/DataSummary.astro';
import Highlights from './home/Highlights.astro';
import Highlight from './home/Highlight.astro';
import Contents from './home/Contents.astro';
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
import CorrelationRange from './inline/CorrelationRange.astro';
import ReportMeta from './inline/ReportMeta.astro';
import Top from './claims/Top.astro';
import Bottom from './claims/Bottom.astro';
import Share from './claims/Share.astro';
import Above from './claims/Above.astro';
import Spread from './claims/Spread.astro';
import TopNames from './claims/TopNames.astro';
import ScaleMean from './claims/ScaleMean.astro';
import ScaleOrder from './claims/ScaleOrder.astro';
import TopBox from './claims/TopBox.astro';
import RankedFirst from './claims/RankedFirst.astro';
import ScaleTable from './report/ScaleTable.astro';
import RankingTable from './report/RankingTable.astro';
import MatrixTable from './report/MatrixTable.astro';
import TrendTable from './report/TrendTable.astro';
import IndexTrendTable from './report/IndexTrendTable.astro';
import Change from './inline/Change.astro';
import Changed from './claims/Changed.astro';
import H2 from './headings/H2.astro';
import H3 from './headings/H3.astro';
import H4 from './headings/H4.astro';
import H5 from './headings/H5.astro';

export const mdxComponents = {
  FrequencyTable,
  ScaleTable,
  RankingTable,
  MatrixTable,
  TrendTable,
  IndexTrendTable,
  Change,
  Changed,
  CorrelationTable,
  Figure,
  IndexMeansByStage,
  References,
  Questionnaire,
  AppendixTables,
  Downloads,
  DataSummary,
  Highlights,
  Highlight,
  Contents,
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
  CorrelationRange,
  ReportMeta,
  Top,
  Bottom,
  Share,
  Above,
  Spread,
  TopNames,
  ScaleMean,
  ScaleOrder,
  TopBox,
  RankedFirst,
  h2: H2,
  h3: H3,
  h4: H4,
};

/** On the full-text page each chapter title is an h2, so chapter headings move one level down. */
export const fullTextComponents = { ...mdxComponents, h2: H3, h3: H4, h4: H5 };
