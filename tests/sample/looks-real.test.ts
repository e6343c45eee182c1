/**
 * The shipped sample looks like a real 问卷星 export (and is plainly
 * synthetic where it holds personal data): metadata, skip logic, write-ins,
 * messy counts, free text and uploads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { responseAt, type SurveyResponse } from '../helpers/responseAt.ts';
import { choiceQuestion } from '../../src/survey/questionnaire.ts';
import type { Problem } from '../../src/survey/types.ts';
import { publishedStageFourLibraries, publishedTotal } from '../../scripts/sample/published-2023.ts';
import { questionnaire } from '../helpers/questionnaire.ts';
import { loadSample, rawSample } from './load.ts';

let text: string;
let header: string[];
let rows: string[][];
let responses: SurveyResponse[];
let warnings: Problem[];
beforeAll(async () => {
  ({ text, header, rows } = await rawSample());
  const loaded = await loadSample();
  responses = Array.from({ length: loaded.dataset.size }, (_, k) => responseAt(loaded.dataset, k));
  warnings = loaded.warnings;
});

/** The raw cells of question `n`, one per row. */
const column = (n: number): string[] => {
  const i = header.findIndex((h) => h.startsWith(`${n}、`));
  return rows.map((r) => r[i]!);
};
const meta = (name: string): string[] => rows.map((r) => r[header.indexOf(name)]!);

describe('file and header', () => {
  it('is UTF-8 with a BOM and CRLF line ends, like a 问卷星 export', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('has the six metadata columns, then `N、题干` for every question', () => {
    expect(header).toEqual([...questionnaire.metadataColumns, ...questionnaire.questions.map((q) => `${q.number}、${q.text}`)]);
    expect(rows).toHaveLength(publishedTotal);
  });
});

describe('metadata', () => {
  it('numbers the rows 1..122', () => {
    expect(meta('序号')).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it('has submission times in 问卷星 format, in order, over a few weeks of spring 2023', () => {
    const times = meta('提交答卷时间');
    for (const t of times) expect(t).toMatch(/^2023\/[45]\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/);
    const ms = responses.map((r) => r.submittedAt!.getTime());
    expect(ms.every((t, i) => i === 0 || t >= ms[i - 1]!)).toBe(true);
    const days = (ms.at(-1)! - ms[0]!) / 86_400_000;
    expect(days).toBeGreaterThan(14);
    expect(days).toBeLessThan(60);
  });

  it('has plausible times spent (3–90 minutes)', () => {
    for (const d of meta('所用时间')) {
      expect(d).toMatch(/^\d+秒$/);
      const s = Number.parseInt(d, 10);
      expect(s).toBeGreaterThanOrEqual(180);
      expect(s).toBeLessThanOrEqual(5400);
    }
  });

  it('has ordinary sources', () => {
    for (const [s, d] of meta('来源').map((s, i) => [s, meta('来源详情')[i]])) {
      expect(['微信', '链接']).toContain(s);
      expect(['直接访问', 'N/A']).toContain(d);
    }
  });

  it('uses only documentation and private IP ranges', () => {
    for (const ip of meta('来自IP')) expect(ip).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113|10\.\d{1,3}\.\d{1,3})\.\d{1,3}\([^()-]+-[^()-]+\)$/);
  });
});

describe('personal data is obviously fake', () => {
  it('names respondents 测试填写人NNN and gives fake phone numbers', () => {
    column(1).forEach((name, i) => expect(name).toBe(`测试填写人${String(i + 1).padStart(3, '0')}`));
    for (const phone of column(2)) expect(phone).toMatch(/^1380000\d{4}$/);
  });

  it('names only the twelve libraries the report names; the others are unique placeholders', () => {
    const libraries = column(3);
    expect(new Set(libraries).size).toBe(libraries.length);
    const real = libraries.filter((l) => !/^样本高校图书馆（编号\d{3}）$/.test(l));
    expect(real.toSorted()).toEqual(publishedStageFourLibraries.toSorted());
  });

  it('has a few free-text answers and uploads, all marked as examples', () => {
    const texts = questionnaire.questions.filter((q) => q.type === 'text' && !q.required).flatMap((q) => column(q.number));
    const answered = texts.filter((t) => t !== '(空)' && t !== '');
    expect(answered.length).toBeGreaterThan(20);
    expect(answered.length).toBeLessThan(texts.length / 2);
    for (const t of answered) expect(t).toMatch(/^（示例）/);
    const uploads = column(31).filter((t) => t !== '(空)' && t !== '');
    expect(uploads.length).toBeGreaterThan(0);
    for (const u of uploads) expect(u).toMatch(/示例.*\.(pdf|docx|pptx|zip)$/);
  });
});

describe('answers', () => {
  it('respects skip logic: 题15 is skipped exactly where 题14 is 未开展馆员培训', () => {
    const none = choiceQuestion(questionnaire, 14).options.findIndex((o) => o.exclusive);
    const c15 = column(15);
    responses.forEach((r, i) => {
      const untrained = r.choices[14]!.includes(none);
      expect(c15[i] === '(跳过)').toBe(untrained);
    });
    expect(c15.filter((c) => c === '(跳过)').length).toBeGreaterThan(0);
  });

  it('respects skip logic: 题22/23/24 are answered exactly where 题21 has the option they depend on', () => {
    for (const n of [22, 23, 24]) {
      const cond = questionnaire.questions[n - 1]!.shownIf!;
      const opt = choiceQuestion(questionnaire, cond.question).options.findIndex((o) => o.text === cond.includes);
      const cells = column(n);
      responses.forEach((r, i) => expect(cells[i] !== '(跳过)').toBe(r.choices[cond.question]!.includes(opt)));
    }
  });

  it('has some write-ins, and most 品牌类活动 name the event', () => {
    const cells = rows.flat();
    expect(cells.filter((c) => /其他〖[^〗]+〗/.test(c)).length).toBeGreaterThan(10);
    const brand = column(5).filter((c) => c.includes('品牌类活动'));
    const named = brand.filter((c) => /品牌类活动〖[^〗]+〗/.test(c));
    expect(named.length / brand.length).toBeGreaterThan(0.7);
  });

  it('has mostly plain counts in 题22–24, some typed the human way, and warnings for the unreadable ones', () => {
    const cells = [22, 23, 24].flatMap((n) => column(n)).filter((c) => c !== '(跳过)');
    const blanks = cells.flatMap((c) => c.split('^'));
    const plain = blanks.filter((b) => /^\d+$/.test(b));
    expect(plain.length / blanks.length).toBeGreaterThan(0.9);
    expect(blanks.some((b) => /^约\d+$/.test(b))).toBe(true);
    expect(blanks.some((b) => /^\d+人$/.test(b))).toBe(true);
    expect(blanks.some((b) => /^\d+-\d+$/.test(b))).toBe(true);
    const unreadable = blanks.filter((b) => !/\d/.test(b));
    expect(unreadable.length).toBeGreaterThanOrEqual(1);
    const countWarnings = warnings.filter((w) => /^2[234]、/.test(w.column ?? ''));
    expect(countWarnings.length).toBe(unreadable.length);
    const nulls = responses.flatMap((r) => Object.values(r.counts).flat()).filter((v) => v === null);
    expect(nulls.length).toBe(unreadable.length);
  });

  it('never combines an exclusive "none" option with another option', () => {
    for (const q of questionnaire.questions.filter((q) => q.options?.some((o) => o.exclusive))) {
      const none = q.options!.findIndex((o) => o.exclusive);
      for (const r of responses) if (r.choices[q.number]!.includes(none)) expect(r.choices[q.number]).toEqual([none]);
    }
  });
});
