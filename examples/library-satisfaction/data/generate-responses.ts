/**
 * Writes `responses.csv` beside this file: a fictitious reader-satisfaction
 * response file for the example report, in the survey platform's export
 * format (matrix rows one column each, `N(行文字)`; the ranking in one cell,
 * `甲→乙→丙`), from a fixed seed.
 * Run: `node examples/library-satisfaction/data/generate-responses.ts`.
 * Same seed, same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows } from 'd3-dsv';

interface Question {
  number: number;
  type: string;
  text: string;
  options?: { text: string }[];
  rows?: { text: string; reverse?: boolean }[];
  points?: { label: string }[];
  notApplicable?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const questionnaire = JSON.parse(readFileSync(join(here, 'questionnaire.json'), 'utf8')) as { metadataColumns: string[]; questions: Question[] };
const q = (n: number) => questionnaire.questions[n - 1]!;
const options = (n: number) => q(n).options!.map((o) => o.text);

/** mulberry32: a small seeded generator, identical on every platform. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20250315);
const RESPONSES = 150;

/** Roughly normal noise (mean 0, SD about 1): the sum of three uniforms, rescaled. */
const noise = () => (random() + random() + random() - 1.5) * 2;

/** The index (0 … points − 1) nearest to `centre` plus noise of `spread`, within the scale. */
const point = (centre: number, spread: number, points: number) => Math.max(0, Math.min(points - 1, Math.round(centre + noise() * spread)));

/** One option of question `n`, drawn with weights `w`. */
function weighted(n: number, w: number[]): string {
  const total = w.reduce((a, b) => a + b, 0);
  let r = random() * total;
  const texts = options(n);
  for (let i = 0; i < texts.length; i++) if ((r -= w[i]!) < 0) return texts[i]!;
  return texts[texts.length - 1]!;
}

/** Options of a list each chosen with probability `p[i]`; at least the first. */
function some(texts: string[], p: number[]): string[] {
  const chosen = texts.filter((_, i) => random() < p[i]!);
  return chosen.length > 0 ? chosen : [texts[0]!];
}

/** The first three of the options, drawn without replacement with weights `w`, joined by `→`. */
function topThree(w: number[]): string {
  const pool = options(9).map((text, i) => ({ text, w: w[i]! }));
  const picked: string[] = [];
  while (picked.length < 3) {
    let r = random() * pool.reduce((a, o) => a + o.w, 0);
    const i = Math.max(0, pool.findIndex((o) => (r -= o.w) < 0));
    picked.push(pool.splice(i, 1)[0]!.text);
  }
  return picked.join('→');
}

const rows: string[][] = [];
const start = Date.UTC(2025, 2, 10, 0, 30, 0);
const matrix = q(5);
for (let i = 0; i < RESPONSES; i++) {
  // One reader's general mood lifts or lowers every rating a little: that is what makes the matrix's α high.
  const mood = noise() * 0.8;
  const identity = weighted(1, [0.55, 0.28, 0.1, 0.07]);
  const student = identity === '本科生' || identity === '研究生';
  const centres = [3.3, 2.6, 2.4, 2.9, 1.7, 1.4];
  const ratings = matrix.rows!.map((row, r) => {
    // Teachers seldom use the e-resources through the library's own interface: some answer 不适用.
    if (r === 3 && !student && random() < 0.35) return matrix.notApplicable!;
    const centre = row.reverse ? centres[r]! - mood : centres[r]! + mood;
    return matrix.points![point(centre, 0.7, 5)]!.label;
  });
  const overall = q(4).points![point(2.9 + mood, 0.6, 5)]!.label;
  const nps = String(point(7.4 + mood * 1.6, 1.2, 11));
  const use = q(7).rows!.map((_, r) => options(7)[point([0.6, 0.9, 1.4, 1.5][r]! + (student ? 0 : 0.3), 0.5, 3)]!);
  const channels = q(8).rows!.map((_, r) => some(options(8), [[0.7, 0.45, 0.3, 0.15], [0.8, 0.3, 0.5, 0.35], [0.75, 0.5, 0.4, 0.2]][r]!).join('┋'));
  const activities = some(options(3), [0.75, student ? 0.8 : 0.2, 0.55, 0.5, 0.2, 0.05]).map((t) => (t === '其他' ? '其他〖打印复印〗' : t));
  const submitted = new Date(start + i * 23 * 60_000 + Math.floor(random() * 900) * 1000);
  const time = `${submitted.getUTCFullYear()}/${submitted.getUTCMonth() + 1}/${submitted.getUTCDate()} ${submitted.getUTCHours()}:${String(submitted.getUTCMinutes()).padStart(2, '0')}:${String(submitted.getUTCSeconds()).padStart(2, '0')}`;
  rows.push([
    String(i + 1),
    time,
    `${90 + Math.floor(random() * 400)}秒`,
    random() < 0.8 ? '微信' : '链接',
    random() < 0.8 ? 'N/A' : '直接访问',
    `192.0.2.${(i % 200) + 10}(示例省-示例市)`,
    identity,
    weighted(2, student ? [0.25, 0.35, 0.2, 0.12, 0.08] : [0.05, 0.15, 0.25, 0.35, 0.2]),
    activities.join('┋'),
    overall,
    ...ratings,
    nps,
    ...use,
    ...channels,
    topThree([0.3, 0.2, 0.15, 0.1, 0.15, 0.1]),
    random() < (student ? 0.35 : 0.2) ? '是' : '否',
  ]);
}

/** The export's header: `N、题干` for a question, `N(行文字)` for each row of a matrix. */
const header = [...questionnaire.metadataColumns, ...questionnaire.questions.flatMap((x) => (x.rows !== undefined ? x.rows.map((r) => `${x.number}(${r.text})`) : [`${x.number}、${x.text}`]))];
writeFileSync(join(here, 'responses.csv'), `\uFEFF${csvFormatRows([header, ...rows])}\n`);
console.log(`已写入 ${RESPONSES} 份示例答卷：${join(here, 'responses.csv')}`);
