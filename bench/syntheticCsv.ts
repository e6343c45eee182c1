/**
 * A large valid response file for the benchmark, made straight from a
 * questionnaire with a seeded generator: same seed, same file.
 * (Not the 2023 sample: no published figures are aimed at.)
 */
import type { Question, Questionnaire } from '../src/survey/questionnaire.ts';

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FREE_TEXTS = ['开展新生入馆教育', '举办读书月活动，效果较好', '与学院合作开设"信息素养"课程', '建立学科馆员制度\n每学期走访院系', '暂无'];
/** Each option is picked with this chance: rows then weigh about what the 2023 sample's do (~3 KB). */
const PICK_RATE = 0.5;
const COUNTS = ['20', '35', '120', '约200', '80人', '50-60', '3', '1,200'];

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The options a random library picks for a multiple-choice question (never empty; an exclusive option alone). */
function pickMultiple(q: Question, random: () => number, mustInclude: string[]): string {
  const options = q.options!;
  const exclusive = options.findIndex((o) => o.exclusive);
  if (exclusive >= 0 && mustInclude.length === 0 && random() < 0.05) return options[exclusive]!.text;
  const picks: string[] = [];
  options.forEach((o, i) => {
    if (i === exclusive) return;
    if (mustInclude.includes(o.text) || random() < PICK_RATE) picks.push(o.writeIn && random() < 0.5 ? `${o.text}〖自填内容${i}〗` : o.text);
  });
  if (picks.length === 0) picks.push(options[0]!.text);
  return picks.join('┋');
}

/** `rows` valid responses to `questionnaire` as one CSV text (UTF-8, `\n`), header first. */
export function syntheticCsv(questionnaire: Questionnaire, rows: number, seed = 2023): string {
  const random = prng(seed);
  const qs = questionnaire.questions;
  const header = [...questionnaire.metadataColumns, ...qs.map((q) => `${q.number}、${q.text}`)];
  const out: string[] = [header.map(csvField).join(',')];
  const start = Date.UTC(2023, 3, 1, 0, 0, 0);
  for (let r = 1; r <= rows; r++) {
    const t = new Date(start + r * 17_000);
    const cells = [
      String(r),
      `${t.getUTCFullYear()}/${t.getUTCMonth() + 1}/${t.getUTCDate()} ${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, '0')}:${String(t.getUTCSeconds()).padStart(2, '0')}`,
      `${100 + Math.floor(random() * 900)}秒`,
      '手机提交',
      '直接访问',
      `202.112.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}(北京-北京)`,
    ];
    const answers = new Map<number, string>();
    // Which options other questions' skip logic depends on; decided first so the dependants can follow.
    const chosenFor = (q: Question): string[] => qs.filter((d) => d.shownIf?.question === q.number && d.shownIf.includes && random() < 0.7).map((d) => d.shownIf!.includes!);
    for (const q of qs) {
      let cell: string;
      const shown = q.shownIf === undefined ? true : answers.get(q.shownIf.question)!.split('┋').includes(q.shownIf.includes ?? q.shownIf.excludes!) === (q.shownIf.includes !== undefined);
      if (!shown) cell = '(跳过)';
      else if (q.type === 'multiple') cell = pickMultiple(q, random, chosenFor(q));
      else if (q.type === 'single') cell = q.options![Math.floor(random() * q.options!.length)]!.text;
      else if (q.type === 'count') cell = q.blanks!.map(() => COUNTS[Math.floor(random() * COUNTS.length)]!).join('^');
      else if (q.type === 'upload') cell = random() < 0.1 ? `案例${r}.pdf` : '';
      else if (q.role === 'name') cell = `第${r}大学图书馆`;
      else if (q.required) cell = q.number === 2 ? `138${String(r).padStart(8, '0')}` : `馆员${r}`;
      else cell = random() < 0.4 ? FREE_TEXTS[Math.floor(random() * FREE_TEXTS.length)]! : random() < 0.5 ? '(空)' : '';
      answers.set(q.number, cell);
      cells.push(cell);
    }
    out.push(cells.map(csvField).join(','));
  }
  return out.join('\n') + '\n';
}
