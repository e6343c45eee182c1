/** Builds two reports one after the other in this one process (argv: dist of the 2023 report, dist of the example); prints each build's pages as JSON. */
import { buildSite } from '../../src/entry/buildSite.ts';
import { siteOptionsFrom } from '../../src/entry/environment.ts';
import { reportOf } from '../helpers/report.ts';

const [first, second] = process.argv.slice(2);
const options = siteOptionsFrom({ SOURCE_DATE_EPOCH: '1700000000' });
const results = [];
for (const [root, dist] of [['.', first!], ['examples/community-reading', second!]] as const) results.push(await buildSite(await reportOf(root), options, dist));
console.log(JSON.stringify(results));
