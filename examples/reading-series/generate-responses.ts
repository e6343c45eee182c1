/**
 * Writes `data/responses.csv` of both editions of this example series: two
 * fictitious waves of a survey of community reading rooms, in the survey
 * platform's export format, from fixed seeds (same seeds, same bytes). The
 * rooms 示例书房21–60 answer both waves, so the series can count them.
 * Run: `npm exec -- node examples/reading-series/generate-responses.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvFormatRows } from 'd3-dsv';
import { mulberry32 } from '../../scripts/sample/prng.ts';

const here = dirname(fileURLToPath(import.meta.url));

interface Wave {
  edition: string;
  seed: number;
  /** The rooms answering, by number. */
  rooms: number[];
  start: number;
  /** Per multiple-choice question: the chance of each option, in questionnaire order. */
  chances: Record<number, number[]>;
  /** The answer of each single-choice question, from a uniform draw and the room's stage. */
  single: Record<number, (u: number, stage: number) => number>;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const waves: Wave[] = [
  {
    edition: '2024',
    seed: 20240601,
    rooms: range(1, 60),
    start: Date.UTC(2024, 4, 6, 1, 0, 0),
    chances: { 2: [0.95, 0.45, 0.4, 0.3, 0.25], 4: [0.55, 0.3, 0.45, 0.3, 0.5], 5: [0.6, 0.7, 0.4, 0.25], 6: [0.7, 0.6, 0.35, 0.45] },
    single: { 7: (u, stage) => (u < 0.35 + stage * 0.08 ? 0 : 1) },
  },
  {
    edition: '2025',
    seed: 20250601,
    rooms: range(21, 92),
    start: Date.UTC(2025, 4, 8, 1, 0, 0),
    // 亲子阅读活动 much more common than in 2024, 读书会 about the same: one change beyond noise, one within it.
    chances: { 2: [0.95, 0.75, 0.42, 0.3, 0.35, 0.3], 4: [0.6, 0.3, 0.45, 0.35, 0.6], 5: [0.65, 0.6, 0.4, 0.5] },
    single: { 6: (u, stage) => (u < 0.4 + stage * 0.08 ? 0 : 1), 7: (u) => (u < 0.45 ? 0 : 1) },
  },
];

const stamp = (d: Date) => `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')}`;

for (const wave of waves) {
  const dir = join(here, wave.edition, 'data');
  const qn = JSON.parse(readFileSync(join(dir, 'questionnaire.json'), 'utf8')) as {
    metadataColumns: string[];
    questions: { number: number; type: string; text: string; options?: { text: string }[] }[];
  };
  const rng = mulberry32(wave.seed);
  const rows = wave.rooms.map((room, i) => {
    const stage = Math.min(3, Math.floor(rng.next() * 3.2 + (room % 5 === 0 ? 1 : 0)));
    const answers = qn.questions.map((q) => {
      if (q.type === 'text') return `示例书房${String(room).padStart(2, '0')}`;
      const texts = q.options!.map((o) => o.text);
      if (q.number === 3) return texts[stage]!;
      if (q.type === 'single') return texts[wave.single[q.number]!(rng.next(), stage)]!;
      const chosen = texts.filter((_, k) => rng.chance(Math.min(0.97, wave.chances[q.number]![k]! + stage * 0.05)));
      return (chosen.length ? chosen : [texts[0]!]).join('┋');
    });
    const submitted = new Date(wave.start + i * 37 * 60_000 + rng.int(0, 1800) * 1000);
    return [String(i + 1), stamp(submitted), `${rng.int(200, 700)}秒`, '微信', 'N/A', `192.0.2.${10 + (i % 200)}(示例省-示例市)`, ...answers];
  });
  const header = [...qn.metadataColumns, ...qn.questions.map((q) => `${q.number}、${q.text}`)];
  writeFileSync(join(dir, 'responses.csv'), `\uFEFF${csvFormatRows([header, ...rows])}\n`);
  console.log(`已写入 ${rows.length} 份示例答卷：${join(dir, 'responses.csv')}`);
}
