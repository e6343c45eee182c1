/**
 * Writes `responses.csv` beside this file: a fictitious response file for the
 * example report, in the survey platform's export format, from a fixed seed.
 * Run: `npm exec -- node examples/community-reading/data/generate-responses.ts`.
 * Same seed, same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows } from 'd3-dsv';

const here = dirname(fileURLToPath(import.meta.url));
const questionnaire = JSON.parse(readFileSync(join(here, 'questionnaire.json'), 'utf8')) as {
  metadataColumns: string[];
  questions: { number: number; text: string; options?: { text: string; writeIn?: boolean; exclusive?: boolean }[] }[];
};

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

const random = rng(20240601);
const RESPONSES = 48;
const options = (n: number) => questionnaire.questions[n - 1]!.options!.map((o) => o.text);

/** Options of question `n` each chosen with probability `p[i]` (raised by the stage `lift`, but an option with p = 0 never); at least one. */
function multiple(n: number, p: number[], lift: number): string[] {
  const texts = options(n);
  const chosen = texts.filter((_, i) => random() < (p[i] === 0 ? 0 : Math.min(0.97, p[i]! + lift)));
  return chosen.length > 0 ? chosen : [texts[0]!];
}

const rows: string[][] = [];
const start = Date.UTC(2024, 4, 6, 1, 0, 0);
for (let i = 0; i < RESPONSES; i++) {
  // Later stages run more services and have more support: that is what the example's chapters describe.
  const stage = Math.min(3, Math.floor(random() * 3.2 + (i % 5 === 0 ? 1 : 0)));
  const lift = stage * 0.12;
  const services = multiple(3, [0.95, 0.55, 0.45, 0.3, 0.25, 0.08], lift);
  if (services.includes('其他')) services[services.indexOf('其他')] = '其他〖手工课〗';
  const support = multiple(5, [0.6, 0.3, 0.5, 0.35, 0.55, 0.3], lift);
  const noRecruiting = random() < 0.12 - stage * 0.04;
  const channels = noRecruiting ? ['没有专门招募'] : multiple(6, [0.6, 0.7, 0.4, 0.25, 0], lift);
  const partners = random() < 0.4 + lift;
  const submitted = new Date(start + i * 37 * 60_000 + Math.floor(random() * 1800) * 1000);
  const time = `${submitted.getUTCFullYear()}/${submitted.getUTCMonth() + 1}/${submitted.getUTCDate()} ${submitted.getUTCHours()}:${String(submitted.getUTCMinutes()).padStart(2, '0')}:${String(submitted.getUTCSeconds()).padStart(2, '0')}`;
  rows.push([
    String(i + 1),
    time,
    `${200 + Math.floor(random() * 500)}秒`,
    random() < 0.7 ? '微信' : '链接',
    random() < 0.7 ? 'N/A' : '直接访问',
    `192.0.2.${10 + i}(示例省-示例市)`,
    `示例填写人${String(i + 1).padStart(2, '0')}`,
    `1390000${String(i + 1).padStart(4, '0')}`,
    services.join('┋'),
    options(4)[stage]!,
    support.join('┋'),
    channels.join('┋'),
    String(80 + stage * 120 + Math.floor(random() * 200)),
    multiple(8, [0.7, 0.6, 0.35, 0.45, 0.3], 0).join('┋'),
    partners ? '是' : '否',
    partners ? multiple(10, [0.6, 0.45, 0.2, 0.35], lift / 2).join('┋') : '(跳过)',
    random() < 0.2 ? '（示例）希望增加周末开放时间。' : '(空)',
  ]);
}

const header = [...questionnaire.metadataColumns, ...questionnaire.questions.map((q) => `${q.number}、${q.text}`)];
writeFileSync(join(here, 'responses.csv'), `\uFEFF${csvFormatRows([header, ...rows])}\n`);
console.log(`已写入 ${RESPONSES} 份示例答卷：${join(here, 'responses.csv')}`);
