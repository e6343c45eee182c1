/** The reference for check-data's fixed cost: `node bench/bareParseCli.ts <file>` reads and parses a CSV with d3-dsv in a fresh process and prints its row count, nothing else. */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';

console.log(csvParseRows(readFileSync(process.argv[2]!, 'utf8')).length);
