/** The report's title-page facts in one shape, for the PDF's cover and file name. */
import { authors, edition, publisher, reportTitle } from './meta.ts';

export interface ReportMetadata {
  title: string;
  edition: string;
  authors: readonly string[];
  publisher: string;
}

/** The report's metadata, from where the report keeps it (the one line to re-point when it moves). */
export function reportMetadata(): ReportMetadata {
  return { title: reportTitle, edition, authors, publisher };
}
