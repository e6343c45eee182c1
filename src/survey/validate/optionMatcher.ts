/**
 * The one option matcher: which option of a choice question a token of a
 * cell names. Exact texts are found without looking for the token's end; width
 * variants of parentheses and commas, surrounding white space and write-ins
 * (`其他〖…〗`) are matched after normalising the token.
 */
import { nearestValues } from '../../props/nearest.ts';
import type { QuestionOption } from '../questionnaire.ts';
import { normalizeOptionText } from './normalize.ts';

export const SEPARATOR = '┋';
const SEPARATOR_CODE = 0x250b;
const WRITE_IN_OPEN = '〖';
const WRITE_IN_CLOSE = 0x3017; // 〗

export interface OptionMatcher {
  texts: readonly string[];
  /** `firstChars[i]`: the first character of option i's text. */
  firstChars: Int32Array;
  /** `writeInByLength[n]`: the options that take a write-in whose text has n characters. */
  writeInByLength: readonly (readonly number[] | undefined)[];
  /** Normalised text → position. */
  normalized: ReadonlyMap<string, number>;
  /** Normalised text of an option that takes a write-in → position. */
  writeIn: ReadonlyMap<string, number>;
  /** The options for an error message: `甲、乙、丙`. */
  expected: string;
}

/** The positions of the options that take a write-in, grouped by the length of their text. */
function writeInsByLength(options: readonly QuestionOption[]): number[][] {
  const out: number[][] = [];
  options.forEach((o, i) => {
    if (o.writeIn) (out[o.text.length] ??= []).push(i);
  });
  return out;
}

/** The matcher for a question's options. */
export function optionMatcher(options: readonly QuestionOption[]): OptionMatcher {
  return {
    texts: options.map((o) => o.text),
    firstChars: Int32Array.from(options, (o) => o.text.charCodeAt(0)),
    writeInByLength: writeInsByLength(options),
    normalized: new Map(options.map((o, i) => [normalizeOptionText(o.text), i])),
    writeIn: new Map(options.flatMap((o, i) => (o.writeIn ? [[normalizeOptionText(o.text), i] as const] : []))),
    expected: options.map((o) => o.text).join('、'),
  };
}

/**
 * Whether option i's exact text is the token starting at `start` (followed by
 * `┋` or the end of the cell). Compared as a slice: V8's string equality is
 * faster than `startsWith` on the sliced strings a CSV parse gives.
 */
function isTokenAt(m: OptionMatcher, i: number, first: number, cell: string, start: number): boolean {
  if (m.firstChars[i] !== first) return false;
  const text = m.texts[i]!;
  const after = start + text.length;
  return (after === cell.length || cell.charCodeAt(after) === SEPARATOR_CODE) && cell.slice(start, after) === text;
}

/**
 * The option whose exact text is the token starting at `start`, or −1: the
 * first step of matching, and nearly every token of a real file, found
 * before the token's end is looked for. Cells list options in questionnaire
 * order, so the options from `from` (the one after the previous token's) are
 * tried first.
 */
export function exactOptionAt(m: OptionMatcher, cell: string, start: number, from = 0): number {
  const first = cell.charCodeAt(start);
  const n = m.texts.length;
  for (let i = from; i < n; i++) if (isTokenAt(m, i, first, cell, start)) return i;
  for (let i = 0; i < from; i++) if (isTokenAt(m, i, first, cell, start)) return i;
  return -1;
}

/** The option among `candidates` whose text starts `cell` at `start`, or −1. */
function writeInAt(m: OptionMatcher, candidates: readonly number[] | undefined, cell: string, start: number): number {
  if (candidates === undefined) return -1;
  for (const i of candidates) if (cell.startsWith(m.texts[i]!, start)) return i;
  return -1;
}

/** Why `token` (trimmed) names no option: the options, and the nearest when one is close. */
function unknownOption(m: OptionMatcher, token: string): string {
  const near = nearestValues(token, m.texts, 1);
  return `不是本题的选项；应为：${m.expected}${near.length > 0 ? `；是否是「${near[0]}」？` : ''}`;
}

/** The option a token names after normalising it, or why it names none. */
function looseMatch(m: OptionMatcher, token: string): number | string {
  const t = token.trim();
  if (t === '') return `多余的「${SEPARATOR}」：两个「${SEPARATOR}」之间或首尾没有选项`;
  const open = t.indexOf(WRITE_IN_OPEN);
  if (open < 0) return m.normalized.get(normalizeOptionText(t)) ?? unknownOption(m, t);
  if (t.charCodeAt(t.length - 1) !== WRITE_IN_CLOSE) return '填写内容缺少结尾的「〗」；应为如「其他〖填写内容〗」';
  const prefix = normalizeOptionText(t.slice(0, open));
  const w = m.writeIn.get(prefix);
  if (w !== undefined) return w;
  if (m.normalized.has(prefix)) return `选项「${prefix}」没有填写项，不应带「〖…〗」`;
  return unknownOption(m, t);
}

/**
 * The option that the token `cell[start, end)` names once its exact text has
 * been ruled out (a write-in, width variants, white space), or why it names none.
 */
export function inexactOption(m: OptionMatcher, cell: string, start: number, end: number): number | string {
  const open = cell.indexOf(WRITE_IN_OPEN, start);
  if (open >= 0 && open < end && cell.charCodeAt(end - 1) === WRITE_IN_CLOSE) {
    const writeIn = writeInAt(m, m.writeInByLength[open - start], cell, start);
    if (writeIn >= 0) return writeIn;
  }
  return looseMatch(m, cell.slice(start, end));
}

/**
 * The option position that the token `cell[start, end)` names, or the reason
 * it names none (in Chinese): an option text, exactly or up to white space
 * and the width of `（），`, optionally followed by `〖…〗` when the option
 * takes a write-in. The two steps a choice cell's reader takes, for one token.
 */
export function matchOption(m: OptionMatcher, cell: string, start = 0, end = cell.length): number | string {
  const exact = exactOptionAt(m, cell, start);
  return exact >= 0 && start + m.texts[exact]!.length === end ? exact : inexactOption(m, cell, start, end);
}
