/**
 * Reads a report's questionnaire file and checks it against the schema, the
 * way a site generator checks its config: every problem at once, each naming
 * the file, the place inside it (`questions[27].options[3].text`) and what
 * was expected. Never throws.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { questionnaireRules, questionnaireShape, type Questionnaire } from './questionnaireSchema.ts';

/** One thing wrong with a questionnaire file. */
export interface QuestionnaireProblem {
  file: string;
  /** Where in the file: `questions[27].options[3].text`; empty for the file as a whole. */
  path: string;
  message: string;
}

export type QuestionnaireResult = { ok: true; questionnaire: Questionnaire } | { ok: false; problems: QuestionnaireProblem[] };

const zhCN = z.locales.zhCN();

/** `['questions', 27, 'text']` as `questions[27].text`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** The questionnaire in the text of file `file`, or every problem of it. */
export function parseQuestionnaire(file: string, text: string): QuestionnaireResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ file, path: '', message: `不是合法的 JSON：${e instanceof Error ? e.message : String(e)}` }] };
  }
  const parsed = questionnaireShape.safeParse(data, { error: zhCN.localeError });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ file, path: pathText(i.path), message: i.message })) };
  const issues = questionnaireRules(parsed.data);
  if (issues.length > 0) return { ok: false, problems: issues.map((i) => ({ file, path: pathText(i.path), message: i.message })) };
  return { ok: true, questionnaire: parsed.data };
}

/** The questionnaire at `path` (usually `questionnairePath()`), or every problem of it; a missing file is a problem too. */
export function loadQuestionnaire(path: string): QuestionnaireResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const missing = (e as { code?: string }).code === 'ENOENT';
    return { ok: false, problems: [{ file: path, path: '', message: missing ? '找不到问卷文件：报告文件夹的 data/ 中应有 questionnaire.json' : `无法读取问卷文件：${e instanceof Error ? e.message : String(e)}` }] };
  }
  return parseQuestionnaire(path, text);
}

/** The problems as lines for a terminal: a heading naming the file, then one `位置：问题` a line. */
export function formatQuestionnaireProblems(problems: readonly QuestionnaireProblem[]): string {
  const file = problems[0]?.file ?? '';
  return [`问卷文件 ${file} 有 ${problems.length} 处问题：`, ...problems.map((p) => `  ${p.path === '' ? '（整个文件）' : p.path}：${p.message}`)].join('\n');
}
