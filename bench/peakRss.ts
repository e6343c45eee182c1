/**
 * One measurement in a fresh process, for peak memory: `node bench/peakRss.ts bare|pipeline <questionnaire> <file>`
 * reads the file as the bare parse or as the whole pipeline does and prints
 * the process's peak resident set size in bytes.
 */
import { bareParse, pipeline } from './analyse.ts';
import { loadQuestionnaire } from '../src/survey/loadQuestionnaire.ts';

const [mode, questionnaireFile, file] = process.argv.slice(2) as [string, string, string];
if (mode === 'bare') {
  if ((await bareParse(file)).length < 2) throw new Error('no rows');
} else {
  const qn = loadQuestionnaire(questionnaireFile);
  if (!qn.ok) throw new Error('invalid questionnaire');
  await pipeline(file, qn.questionnaire);
}
// maxRSS is in KiB.
console.log(process.resourceUsage().maxRSS * 1024);
