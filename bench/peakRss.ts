/**
 * One measurement in a fresh process, for peak memory: `node bench/peakRss.ts bare|pipeline <questionnaire> <file>`
 * reads the file as the bare parse or as the whole pipeline does and prints
 * the process's peak resident set size in bytes.
 */
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { analyse } from './analyse.ts';
import { loadDataset } from '../src/survey/loadDataset.ts';
import { loadQuestionnaire } from '../src/survey/loadQuestionnaire.ts';

const [mode, questionnaireFile, file] = process.argv.slice(2) as [string, string, string];
if (mode === 'bare') {
  const rows = csvParseRows((await readFile(file)).toString('utf8'));
  if (rows.length < 2) throw new Error('no rows');
} else {
  const qn = loadQuestionnaire(questionnaireFile);
  if (!qn.ok) throw new Error('invalid questionnaire');
  const loaded = await loadDataset(file, qn.questionnaire);
  if (!loaded.ok) throw new Error('pipeline rejected the file');
  analyse(loaded.dataset);
}
// maxRSS is in KiB.
console.log(process.resourceUsage().maxRSS * 1024);
