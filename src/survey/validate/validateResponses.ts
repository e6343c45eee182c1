import { libraryQuestion, questionnaire } from '../questionnaire.ts';
import type { RawRow } from '../read/types.ts';
import type { Dataset, Problem, SurveyResponse } from '../types.ts';
import { parseChoiceCell, sharedPicksFor, type SharedPicks } from './choiceCell.ts';
import { findDuplicates, type Submission } from './duplicates.ts';
import { validateHeader } from './header.ts';
import { isDuration, isIpWithPlace, isSerial, parseSubmittedAt } from './metadata.ts';
import { specialCell } from './normalize.ts';
import { parseCount } from './parseCount.ts';
import { questionRules, type QuestionRule } from './questionRules.ts';

export interface ValidationResult {
  /** The responses to build from; null when there is any error. */
  dataset: Dataset | null;
  errors: Problem[];
  warnings: Problem[];
}

/** What a row's cell turned out to be, for the checks of later questions that depend on it. */
const UNKNOWN = 0; // column missing or cell in error: later checks that depend on it are not made
const SKIPPED = 1;
const EMPTY = 2;
const ANSWERED = 3;

const CHOICE = 0;
const COUNT = 1;
const OTHER = 2;
/** What a skipped, empty or unreadable question holds; shared, so frozen. */
const NONE_CHOSEN = Object.freeze([]) as unknown as number[];
const NONE_COUNTED = Object.freeze([]) as unknown as (number | null)[];

const [SERIAL, SUBMITTED, DURATION, , , IP] = questionnaire.metadataColumns as [string, string, string, string, string, string];
const SKIP_TEXT = '(跳过)';

/** Why a question with skip logic is or is not shown, from the answer it depends on. */
function shownReason(rule: QuestionRule, deciding: number, chose: boolean): string {
  const s = rule.shownIf!;
  if (deciding === SKIPPED) return `第 ${s.question} 题被跳过`;
  return `第 ${s.question} 题${chose ? '选了' : '没有选'}「${s.optionText}」`;
}

/** How a message names blank `j` of a count question: nothing when it has one blank. */
function whichBlank(blanks: readonly string[], j: number): string {
  return blanks.length === 1 ? '' : `第 ${j + 1} 个填空「${blanks[j]}」`;
}

/** Whether a cell starts or ends with white space (rare: most cells need no trimmed copy). */
function needsTrim(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a <= 32 || b <= 32 || a === 0x3000 || b === 0x3000 || a === 0xa0 || b === 0xa0;
}

/** Whether a trimmed cell could be `(跳过)`, `(空)` or empty. */
function mayBeSpecial(s: string): boolean {
  if (s.length === 0) return true;
  const c = s.charCodeAt(0);
  return c === 0x28 || c === 0xff08;
}

/**
 * A problem of one cell. A plain function rather than a closure made for each
 * row: rows without problems (nearly all) then allocate nothing for it.
 */
function cellProblem(
  severity: Problem['severity'],
  file: string,
  line: number,
  serial: string | null,
  column: string,
  value: string,
  message: string,
): Problem {
  return serial === null ? { severity, file, line, column, value, message } : { severity, file, line, serial, column, value, message };
}

/** Sort problems by line (file-level ones first); the sort is stable, so a row's problems keep column order. */
function byLine(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Checks a response file's header and rows against the contract
 * (docs/data-contract.md) and the questionnaire, and turns the rows into
 * the dataset the report is built from. Every problem of the file is
 * returned, errors and warnings apart; the dataset is null when there is an error.
 */
export function validateResponses(file: string, header: readonly string[], rows: readonly RawRow[], headerLine = 1): ValidationResult {
  const { columns, errors, warnings } = validateHeader(file, header, headerLine);
  const width = header.length;
  const col = (name: string) => columns.metadata.get(name) ?? -1;
  const serialCol = col(SERIAL);
  const submittedCol = col(SUBMITTED);
  const durationCol = col(DURATION);
  const ipCol = col(IP);
  const libraryCol = columns.question[libraryQuestion.number]!;
  const questionCols = questionRules.map((r) => columns.question[r.number]!);
  const kinds = questionRules.map((r) => (r.question.type === 'multiple' || r.question.type === 'single' ? CHOICE : r.question.type === 'count' ? COUNT : OTHER));
  const answerCount = questionRules.length + 1;
  /** The choice questions' numbers, last first: filling a row's `choices` from the highest number sizes its storage once. */
  const choiceNumbers = questionRules.filter((_, q) => kinds[q] === CHOICE).map((r) => r.number).reverse();
  const countNumbers = questionRules.filter((_, q) => kinds[q] === COUNT).map((r) => r.number).reverse();
  /** Per question: option combinations already seen, so identical answers share one array (see `SharedPicks`). */
  const sharedPicks: SharedPicks[] = questionRules.map(sharedPicksFor);

  const responses: SurveyResponse[] = [];
  const submissions: Submission[] = [];
  /** `answered[k * answerCount + n]` is 1 when response k answered 题n. */
  const answered = new Uint8Array(rows.length * answerCount);
  const serialsSeen = new Map<string, number>();
  /** `lineOfSerial[v]`: the line of serial `v` (1 ≤ v ≤ rows.length), 0 until seen. */
  const lineOfSerial = new Float64Array(rows.length + 1);
  const status = new Uint8Array(answerCount);

  for (const row of rows) {
    const { line, cells } = row;
    if (cells.length !== width) {
      const blank = cells.every((c) => c.trim() === '');
      errors.push({
        severity: 'error',
        file,
        line,
        ...(blank || serialCol < 0 || cells[serialCol] === undefined ? {} : { serial: cells[serialCol]!.trim() }),
        message: blank
          ? '空行：只有文件末尾的空行会被忽略，答卷之间不应有空行'
          : `这一行有 ${cells.length} 个字段，表头有 ${width} 个：文件可能被截断，或值中的逗号、引号、换行没有按 CSV 规则加引号`,
      });
      continue;
    }
    const serial = serialCol >= 0 ? cells[serialCol]!.trim() : '';
    const problemSerial = serialCol >= 0 ? serial : null;

    if (serialCol >= 0) {
      const wellFormed = isSerial(serial);
      if (!wellFormed) warnings.push(cellProblem('warning', file, line, problemSerial, header[serialCol]!, cells[serialCol]!, '序号应为正整数'));
      // A serial 1…rows.length (nearly all: 问卷星 numbers them 1, 2, 3, …) is looked up by its value; it is
      // the only way to write that number as a serial, so equal serials still meet in the same table.
      const value = wellFormed && serial.length <= 9 ? Number(serial) : 0;
      const first = value > 0 && value <= rows.length ? lineOfSerial[value]! || undefined : serialsSeen.get(serial);
      if (first !== undefined) warnings.push(cellProblem('warning', file, line, problemSerial, header[serialCol]!, cells[serialCol]!, `序号与第 ${first} 行重复`));
      else if (value > 0 && value <= rows.length) lineOfSerial[value] = line;
      else serialsSeen.set(serial, line);
    }
    let submittedAt: Date | null = null;
    if (submittedCol >= 0) {
      const parsed = parseSubmittedAt(cells[submittedCol]!);
      submittedAt = parsed.date;
      if (!parsed.wellFormed) {
        warnings.push(
          cellProblem('warning', file, line, problemSerial, header[submittedCol]!, cells[submittedCol]!, `格式应为 YYYY/M/D H:mm:ss，如 2023/5/6 9:05:03${submittedAt === null ? '；读不出提交时间，同一图书馆的重复提交按文件顺序判断先后' : ''}`),
        );
      }
    }
    if (durationCol >= 0 && !isDuration(cells[durationCol]!)) warnings.push(cellProblem('warning', file, line, problemSerial, header[durationCol]!, cells[durationCol]!, '格式应为秒数加「秒」，如 520秒'));
    if (ipCol >= 0 && !isIpWithPlace(cells[ipCol]!)) warnings.push(cellProblem('warning', file, line, problemSerial, header[ipCol]!, cells[ipCol]!, '格式应为「IP 地址(地区)」，如 202.112.1.1(北京-北京)'));

    const choices: Record<number, number[]> = {};
    const counts: Record<number, (number | null)[]> = {};
    for (const n of choiceNumbers) choices[n] = NONE_CHOSEN;
    for (const n of countNumbers) counts[n] = NONE_COUNTED;
    const base = responses.length * answerCount;

    for (let q = 0; q < questionRules.length; q++) {
      const rule = questionRules[q]!;
      const n = rule.number;
      const kind = kinds[q]!;
      const c = questionCols[q]!;
      status[n] = UNKNOWN;
      if (c < 0) continue;
      const raw = cells[c]!;
      const trimmed = needsTrim(raw) ? raw.trim() : raw;
      const special = mayBeSpecial(trimmed) ? specialCell(trimmed) : null;

      // Skip logic: whether the questionnaire showed this question, when the answer it depends on is known.
      let shown: boolean | null = true;
      let deciding = UNKNOWN;
      let chose = false;
      const s = rule.shownIf;
      if (s !== null) {
        deciding = status[s.question]!;
        chose = deciding === ANSWERED && choices[s.question]!.includes(s.option);
        if (deciding === UNKNOWN) shown = null;
        else if (deciding === SKIPPED) shown = false;
        else shown = s.includes ? chose : !chose;
        if (shown === false) {
          if (special === 'skip') status[n] = SKIPPED;
          else errors.push(cellProblem('error', file, line, problemSerial, header[c]!, raw, `应为「${SKIP_TEXT}」：${shownReason(rule, deciding, chose)}，本题不显示`));
          continue;
        }
      }
      if (special === 'skip') {
        if (s === null) errors.push(cellProblem('error', file, line, problemSerial, header[c]!, raw, `本题没有跳题逻辑，不会被跳过；不应为「${SKIP_TEXT}」`));
        else if (shown === true) errors.push(cellProblem('error', file, line, problemSerial, header[c]!, raw, `不应为「${SKIP_TEXT}」：${shownReason(rule, deciding, chose)}，本题应作答`));
        else status[n] = SKIPPED;
        continue;
      }
      if (special === 'empty') {
        if (rule.question.required && shown !== null) errors.push(cellProblem('error', file, line, problemSerial, header[c]!, raw, s === null ? '必答题未作答' : `必答题未作答：${shownReason(rule, deciding, chose)}，本题应作答`));
        else status[n] = EMPTY;
        continue;
      }

      if (kind === CHOICE) {
        const { picks, issues } = parseChoiceCell(rule, raw, sharedPicks[q]);
        if (issues.length > 0) {
          for (const issue of issues) errors.push(cellProblem('error', file, line, problemSerial, header[c]!, issue.value, issue.message));
          continue;
        }
        choices[n] = picks;
      } else if (kind === COUNT) {
        const blanks = rule.question.blanks!;
        const single = blanks.length === 1;
        // One blank (all but 题24): the cell is the part, no array of parts.
        const parts = single && !trimmed.includes('^') ? null : trimmed.split('^');
        const partCount = parts === null ? 1 : parts.length;
        if (partCount !== blanks.length) {
          errors.push(
            cellProblem('error', file, line, problemSerial, header[c]!, raw, single ? `应为一个数，不应含「^」` : `应有 ${blanks.length} 个填空（${blanks.join('、')}），用「^」连接，如 3^120；这里有 ${partCount} 个`),
          );
          continue;
        }
        const values: (number | null)[] = [];
        let bad = false;
        for (let j = 0; j < partCount; j++) {
          const part = parts === null ? trimmed : parts[j]!;
          if (part.trim() === '') {
            if (rule.question.required) {
              errors.push(cellProblem('error', file, line, problemSerial, header[c]!, raw, `${whichBlank(blanks, j)}未填写；必答题的每个填空都应填写`));
              bad = true;
            }
            values.push(null);
            continue;
          }
          const v = parseCount(part);
          if (v === null) warnings.push(cellProblem('warning', file, line, problemSerial, header[c]!, raw, `${whichBlank(blanks, j)}「${part.trim()}」读不出一个确定的${blanks[j]}（应为整数，如 200、约200、200人、50-60）；按缺失处理`));
          values.push(v);
        }
        if (bad) continue;
        counts[n] = values;
      }
      status[n] = ANSWERED;
      answered[base + n] = 1;
    }

    responses.push({
      serial,
      line,
      submittedAt,
      library: libraryCol >= 0 ? cells[libraryCol]!.trim() : '',
      choices,
      counts,
    });
    submissions.push(responses[responses.length - 1]!);
  }

  const setAside = findDuplicates(submissions);
  const excluded = new Set<number>();
  for (const d of setAside) {
    const gone = responses[d.index]!;
    const kept = responses[d.keptIndex]!;
    excluded.add(d.index);
    warnings.push({
      severity: 'warning',
      file,
      line: gone.line,
      serial: gone.serial,
      column: header[libraryCol]!,
      value: gone.library,
      message: `同一图书馆有多份答卷：本行（第 ${gone.line} 行，序号 ${gone.serial}）与第 ${kept.line} 行（序号 ${kept.serial}）；${d.byTime ? '按提交答卷时间' : '提交时间读不出，按文件顺序'}计入较晚的第 ${kept.line} 行，本行不计入`,
    });
  }
  if (rows.length === 0) errors.push({ severity: 'error', file, message: '文件中没有答卷：表头之后没有数据行' });

  errors.sort(byLine);
  warnings.sort(byLine);
  if (errors.length > 0) return { dataset: null, errors, warnings };

  const counted: SurveyResponse[] = [];
  const answeredCounts: Record<number, number> = {};
  for (const rule of questionRules) answeredCounts[rule.number] = 0;
  responses.forEach((r, k) => {
    if (excluded.has(k)) return;
    counted.push(r);
    for (const rule of questionRules) answeredCounts[rule.number]! += answered[k * answerCount + rule.number]!;
  });
  return { dataset: { file, responses: counted, setAside: setAside.length, warnings, answered: answeredCounts }, errors, warnings };
}
