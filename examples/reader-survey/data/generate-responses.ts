/**
 * Writes `responses.csv` beside this file: a fictitious response file for the
 * reader-survey example, in the survey platform's export format (按选项文本):
 * a scale answer as its point's text, a matrix row as its own column headed
 * `3(服务态度)`, a ranking in one cell as `甲→乙→丙`. From a fixed seed:
 * same seed, same bytes. Run: `npm exec -- node examples/reader-survey/data/generate-responses.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows } from 'd3-dsv';
import { mulberry32 } from '../../../scripts/sample/prng.ts';

interface Question {
  number: number;
  type: string;
  text: string;
  rows?: { text: string }[];
  points?: { label: string }[];
  options?: { text: string }[];
  notApplicable?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const questionnaire = JSON.parse(readFileSync(join(here, 'questionnaire.json'), 'utf8')) as { metadataColumns: string[]; questions: Question[] };
const q = (n: number) => questionnaire.questions[n - 1]!;

const random = mulberry32(20250315).next;
const RESPONSES = 160;

/** A point (0-based) near `centre` on a scale of `k` points: the respondent's mood plus noise, clamped. */
function point(centre: number, k: number): number {
  return Math.max(0, Math.min(k - 1, Math.round(centre + (random() + random() + random() - 1.5) * 1.6)));
}

/** Position i of `weights`, drawn in proportion to the weights. */
function draw(weights: readonly number[]): number {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
  return weights.length - 1;
}

/** `k` distinct positions drawn in order without replacement. */
function ranked(weights: readonly number[], k: number): number[] {
  const left = [...weights];
  return Array.from({ length: k }, () => {
    const i = draw(left);
    left[i] = 0;
    return i;
  });
}

// How good each aspect of question 3 is, on the 0–4 point scale (the last row is reverse-worded: high agreement is bad).
const aspect = [3.1, 2.4, 2.8, 1.9, 2.2, 1.6];
const header = [
  ...questionnaire.metadataColumns,
  ...questionnaire.questions.flatMap((x) => (x.rows ? x.rows.map((r) => `${x.number}(${r.text})`) : [`${x.number}、${x.text}`])),
];
const rows: string[][] = [];
const start = Date.UTC(2025, 2, 10, 1, 0, 0);
for (let i = 0; i < RESPONSES; i++) {
  const role = draw([0.55, 0.3, 0.15]);
  const mood = (random() - 0.5) * 1.4 + (role === 2 ? 0.4 : 0);
  const satisfied = point(2.6 + mood, 5);
  const aspects = aspect.map((c, r) => (r === 3 && role === 2 && random() < 0.6 ? q(3).notApplicable! : q(3).points![point(c + (r === 5 ? -mood : mood), 5)]!.label));
  const nps = point(6.5 + mood * 2.5, 11);
  const use = [draw([3, 4, 3, 2]), draw(role === 2 ? [1, 1, 2, 6] : [4, 3, 2, 1]), draw([2, 3, 3, 2])].map((o) => q(5).options![o]!.text);
  const channels = q(6).rows!.map(() => q(6).options!.filter((_, o) => random() < [0.7, 0.35, 0.25, 0.3][o]!).map((o) => o.text));
  const priorities = ranked(role === 2 ? [2, 3, 5, 2, 3, 2] : [6, 3, 3, 2, 4, 1], 3).map((o) => q(7).options![o]!.text);
  const events = q(8).options!.slice(0, 4).filter((_, o) => random() < [0.4, 0.3, 0.15, 0.25][o]!).map((o) => o.text);
  const submitted = new Date(start + i * 23 * 60_000 + Math.floor(random() * 1200) * 1000);
  const time = `${submitted.getUTCFullYear()}/${submitted.getUTCMonth() + 1}/${submitted.getUTCDate()} ${submitted.getUTCHours()}:${String(submitted.getUTCMinutes()).padStart(2, '0')}:${String(submitted.getUTCSeconds()).padStart(2, '0')}`;
  rows.push([
    String(i + 1),
    time,
    `${120 + Math.floor(random() * 400)}秒`,
    random() < 0.8 ? '微信' : '链接',
    random() < 0.8 ? 'N/A' : '直接访问',
    `192.0.2.${(i % 200) + 10}(示例省-示例市)`,
    q(1).options![role]!.text,
    q(2).points![satisfied]!.label,
    ...aspects,
    q(4).points![nps]!.label,
    ...use,
    ...channels.map((c) => (c.length === 0 ? '(空)' : c.join('┋'))),
    priorities.join('→'),
    events.length === 0 ? '都没有参加' : events.join('┋'),
  ]);
}
writeFileSync(join(here, 'responses.csv'), `\uFEFF${csvFormatRows([header, ...rows])}\n`);
console.log(`已写入 ${join(here, 'responses.csv')}：${rows.length} 份答卷`);
