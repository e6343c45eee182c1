/** Builds the example report from its folder alone (REPORT_ROOT), once per run. */
import { buildSiteOrThrow } from '../helpers/buildSite.ts';
import { exampleDist, exampleRoot } from './example.ts';

export default function setup() {
  buildSiteOrThrow('example report', { REPORT_ROOT: exampleRoot, REPORT_DIST: exampleDist });
}
