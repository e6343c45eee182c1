/**
 * Reads a series folder: `series.json`, checked against its shape, then every
 * link between questionnaires checked against the editions' questionnaires
 * (the question and the options exist, and every option is accounted for).
 * Either the series, or every problem, each with its place in the file and,
 * where there is one, the nearest valid value.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { nearestValues } from '../props/nearest.ts';
import { reportFolder } from '../report/folder.ts';
import { displayPath } from '../report/displayPath.ts';
import { loadQuestionnaire, formatQuestionnaireProblems, pathText } from '../survey/loadQuestionnaire.ts';
import { isChoice, type Question, type Questionnaire } from '../survey/questionnaire.ts';
import { seriesFileKeys, seriesFileRules, seriesShape, type QuestionLinkEntry } from './seriesFile.ts';
import { seriesFileName, type Edition, type QuestionLink, type Series } from './series.ts';

type Issue = { path: PropertyKey[]; message: string };

/** ` 是否是「…」？` after a wrong value, when one valid value is close to it. */
function nearestHint(value: string, candidates: readonly string[]): string {
  const [near] = nearestValues(value, candidates, 1);
  return near === undefined ? '' : `；是否是「${near}」？`;
}

/** `（共 7 题，为第 1–7 题）`, as component errors say it: the valid question numbers (numbered from 1 without gaps). */
function questionRange(qn: Questionnaire): string {
  return `（共 ${qn.questions.length} 题，为第 1–${qn.questions.length} 题）`;
}

/** A shape problem as printed: an unknown key gets the nearest key the file knows. */
function shapeIssue(issue: z.core.$ZodIssue): Issue {
  if (issue.code !== 'unrecognized_keys') return { path: issue.path, message: issue.message };
  return { path: issue.path, message: `${issue.message}${issue.keys.length === 1 ? nearestHint(issue.keys[0]!, seriesFileKeys) : ''}` };
}

/** Whether two questions can be compared: both choice questions of the same kind, or both the same other type. */
function comparable(a: Question, b: Question): boolean {
  return a.type === b.type;
}

/** The link of question `n` of an edition to the previous questionnaire, or the problems of its entry at `at`. */
function questionLink(n: number, entry: QuestionLinkEntry, current: Questionnaire, previous: Questionnaire, previousId: string, at: PropertyKey[]): QuestionLink | Issue[] {
  const q = current.questions.find((x) => x.number === n)!;
  const from = previous.questions.find((x) => x.number === entry.continues);
  if (!from) return [{ path: [...at, 'continues'], message: `${previousId} 版没有第 ${entry.continues} 题${questionRange(previous)}` }];
  if (!comparable(q, from)) return [{ path: [...at, 'continues'], message: `本版第 ${n} 题（${q.type}）与 ${previousId} 版第 ${from.number} 题（${from.type}）题型不同，不能比较；不延续请写 null` }];
  const issues: Issue[] = [];
  if (!isChoice(q) || !isChoice(from)) {
    if (entry.options) issues.push({ path: [...at, 'options'], message: '只有选择题有选项的对应' });
    return issues.length ? issues : { continues: from.number, reworded: entry.reworded, optionFrom: [], dropped: [] };
  }
  const now = q.options.map((o) => o.text);
  const before = from.options.map((o) => o.text);
  const { renamed = {}, added = [], dropped = [] } = entry.options ?? {};
  for (const [old, renamedTo] of Object.entries(renamed)) {
    if (!before.includes(old)) issues.push({ path: [...at, 'options', 'renamed', old], message: `${previousId} 版第 ${from.number} 题没有选项「${old}」${nearestHint(old, before)}` });
    if (!now.includes(renamedTo)) issues.push({ path: [...at, 'options', 'renamed', old], message: `本版第 ${n} 题没有选项「${renamedTo}」${nearestHint(renamedTo, now)}` });
  }
  added.forEach((t, i) => {
    if (!now.includes(t)) issues.push({ path: [...at, 'options', 'added', i], message: `本版第 ${n} 题没有选项「${t}」${nearestHint(t, now)}` });
  });
  dropped.forEach((t, i) => {
    if (!before.includes(t)) issues.push({ path: [...at, 'options', 'dropped', i], message: `${previousId} 版第 ${from.number} 题没有选项「${t}」${nearestHint(t, before)}` });
  });
  if (issues.length) return issues;
  const renamedFrom = new Map(Object.entries(renamed).map(([old, t]) => [t, old]));
  const optionFrom = now.map((t) => renamedFrom.get(t) ?? (before.includes(t) && !Object.hasOwn(renamed, t) ? t : null));
  optionFrom.forEach((old, i) => {
    if (old === null && !added.includes(now[i]!)) issues.push({ path: [...at, 'options'], message: `本版第 ${n} 题的选项「${now[i]}」在 ${previousId} 版第 ${from.number} 题中没有：请写入 added，或在 renamed 中写明它由哪个选项改名而来${nearestHint(now[i]!, before)}` });
  });
  const kept = new Set(optionFrom);
  for (const t of before) {
    if (!kept.has(t) && !dropped.includes(t)) issues.push({ path: [...at, 'options'], message: `${previousId} 版第 ${from.number} 题的选项「${t}」在本版中没有：请写入 dropped，或在 renamed 中写明它改成了哪个选项${nearestHint(t, now)}` });
  }
  return issues.length ? issues : { continues: from.number, reworded: entry.reworded, optionFrom, dropped };
}

/** The links of one later edition, or the problems of its `questions` (at `editions[i].questions`). */
function editionLinks(entries: Record<string, QuestionLinkEntry>, current: Questionnaire, previous: Questionnaire, previousId: string, i: number): Map<number, QuestionLink> | Issue[] {
  const at = (key: string): PropertyKey[] => ['editions', i, 'questions', key];
  const issues: Issue[] = [];
  const links = new Map<number, QuestionLink>();
  const numbers = current.questions.map((q) => q.number);
  const continued = new Map<number, number>();
  for (const [key, entry] of Object.entries(entries)) {
    const n = Number(key);
    if (!numbers.includes(n)) {
      issues.push({ path: at(key), message: `本版没有第 ${n} 题${questionRange(current)}` });
      continue;
    }
    if (entry.continues === null) continue;
    const earlier = continued.get(entry.continues);
    if (earlier !== undefined) issues.push({ path: [...at(key), 'continues'], message: `第 ${earlier} 题已延续 ${previousId} 版第 ${entry.continues} 题；一道旧题只能由一道新题延续` });
    continued.set(entry.continues, n);
    const link = questionLink(n, entry, current, previous, previousId, at(key));
    if (Array.isArray(link)) issues.push(...link);
    else links.set(n, link);
  }
  const missing = numbers.filter((n) => !Object.hasOwn(entries, String(n)));
  if (missing.length) issues.push({ path: ['editions', i, 'questions'], message: `没有写明第 ${missing.join('、')} 题是否延续 ${previousId} 版的题目：写 { "continues": 题号 }，新题写 { "continues": null }` });
  return issues.length ? issues : links;
}

export type SeriesResult = { ok: true; series: Series } | { ok: false; message: string };

/** Whether `root` is a series folder (it holds `series.json`). */
export function isSeriesFolder(root: string): boolean {
  return existsSync(join(root, seriesFileName));
}

/** The series in folder `root`, or one message listing every problem of `series.json` or of an edition's questionnaire. */
export function loadSeries(root: string): SeriesResult {
  const file = join(resolve(root), seriesFileName);
  const shown = displayPath(file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, message: `${shown}：无法读取系列文件（${e instanceof Error ? e.message : String(e)}）` };
  }
  const fail = (issues: Issue[]): SeriesResult => ({
    ok: false,
    message: [`系列文件 ${shown} 有 ${issues.length} 处问题：`, ...issues.map((i) => `  ${pathText(i.path) || '（整个文件）'}：${i.message}`)].join('\n'),
  });
  const parsed = seriesShape.safeParse(raw, { error: z.locales.zhCN().localeError });
  if (!parsed.success) return fail(parsed.error.issues.map(shapeIssue));
  const rules = seriesFileRules(parsed.data);
  if (rules.length) return fail(rules);

  const folders = parsed.data.editions.map((e) => reportFolder(join(resolve(root), e.id)));
  // A hint names only a folder no edition uses yet.
  const ids = parsed.data.editions.map((e) => e.id);
  const subfolders = readdirSync(resolve(root), { withFileTypes: true }).flatMap((d) => (d.isDirectory() && !ids.includes(d.name) ? [d.name] : []));
  const absent = folders.flatMap((f, i) => (existsSync(f.root) ? [] : [{ path: ['editions', i, 'id'], message: `找不到版本文件夹 ${displayPath(f.root)}/${nearestHint(ids[i]!, subfolders)}` }]));
  if (absent.length) return fail(absent);
  const questionnaires: Questionnaire[] = [];
  for (const f of folders) {
    const qn = loadQuestionnaire(displayPath(f.questionnaire));
    if (!qn.ok) return { ok: false, message: formatQuestionnaireProblems(qn.problems) };
    questionnaires.push(qn.questionnaire);
  }
  const issues: Issue[] = [];
  const editions: Edition[] = parsed.data.editions.map((e, i) => {
    const links = i === 0 ? new Map() : editionLinks(e.questions!, questionnaires[i]!, questionnaires[i - 1]!, parsed.data.editions[i - 1]!.id, i);
    if (Array.isArray(links)) issues.push(...links);
    return { id: e.id, label: e.label, folder: folders[i]!, links: Array.isArray(links) ? new Map() : links };
  });
  if (issues.length) return fail(issues);
  return { ok: true, series: { root: resolve(root), file, title: parsed.data.title, editions } };
}
