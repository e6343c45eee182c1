/**
 * Building the response columns one response at a time (the validator adds
 * each row as it is parsed).
 */
import { isChoice, questionRows, type Questionnaire } from './questionnaire.ts';
import { NO_POINT, type AnswerColumn, type Problem, type Responses } from './types.ts';

const INITIAL_CAPACITY = 256;

/** `a` copied into a typed array of `length` entries of the same kind (the rest zero). */
function resized<T extends Uint32Array | Int32Array | Float64Array | Uint8Array | Int8Array>(a: T, length: number): T {
  const out = new (a.constructor as new (n: number) => T)(length);
  out.set(a.length <= length ? a : a.subarray(0, length));
  return out;
}

/** The same column with room for `capacity` responses. */
function withCapacity(c: AnswerColumn, capacity: number): AnswerColumn {
  if (c.type === 'multiple') return { ...c, bits: resized(c.bits, capacity * c.words) };
  if (c.type === 'single') {
    const picks = resized(c.picks, capacity);
    picks.fill(-1, c.picks.length);
    return { ...c, picks };
  }
  if (c.type === 'count') {
    const values = resized(c.values, capacity * c.blanks);
    values.fill(NaN, c.values.length);
    return { ...c, values };
  }
  if (c.type === 'scale') {
    const points = resized(c.points, capacity * c.rows);
    points.fill(NO_POINT, c.points.length);
    return { ...c, points };
  }
  if (c.type === 'matrixSingle') {
    const picks = resized(c.picks, capacity * c.rows);
    picks.fill(-1, c.picks.length);
    return { ...c, picks };
  }
  if (c.type === 'matrixMultiple') return { ...c, bits: resized(c.bits, capacity * c.rows * c.words) };
  return { ...c, ranks: resized(c.ranks, capacity * c.options) };
}

/** The position of the lowest set bit of a bit set, −1 when none is set. */
function lowestBit(bits: Uint32Array): number {
  for (let w = 0; w < bits.length; w++) if (bits[w] !== 0) return w * 32 + 31 - Math.clz32(bits[w]! & -bits[w]!);
  return -1;
}

/** An empty column for question `n` of `qn`, or undefined when its answers are not kept. */
function emptyColumn(qn: Questionnaire, n: number): AnswerColumn | undefined {
  const q = qn.questions[n - 1]!;
  if (isChoice(q) && q.type === 'multiple') return { type: 'multiple', words: Math.ceil(q.options.length / 32), bits: new Uint32Array(0) };
  if (isChoice(q)) return { type: 'single', picks: new Int32Array(0) };
  if (q.type === 'count') return { type: 'count', blanks: q.blanks!.length, values: new Float64Array(0) };
  if (q.type === 'scale') return { type: 'scale', rows: 1, points: new Int8Array(0) };
  const rows = questionRows(q).length;
  if (q.type === 'matrixScale') return { type: 'scale', rows, points: new Int8Array(0) };
  if (q.type === 'matrixSingle') return { type: 'matrixSingle', rows, picks: new Int32Array(0) };
  if (q.type === 'matrixMultiple') return { type: 'matrixMultiple', rows, words: Math.ceil(q.options!.length / 32), bits: new Uint32Array(0) };
  if (q.type === 'ranking') return { type: 'ranking', options: q.options!.length, ranks: new Uint8Array(0) };
  return undefined;
}

/** Entries `keep[i]` (`stride` values each) of `a` at position i; the first `size` entries when `keep` is null. */
function gather<T extends Uint32Array | Int32Array | Float64Array | Uint8Array | Int8Array>(a: T, stride: number, keep: Int32Array | null, size: number): T {
  if (keep === null) return a.slice(0, size * stride) as T;
  const out = new (a.constructor as new (n: number) => T)(keep.length * stride);
  for (let i = 0; i < keep.length; i++) for (let s = 0; s < stride; s++) out[i * stride + s] = a[keep[i]! * stride + s]!;
  return out;
}

/** A column restricted to the responses `keep` (all of the first `size` when null). */
function gatherColumn(c: AnswerColumn, keep: Int32Array | null, size: number): AnswerColumn {
  if (c.type === 'multiple') return { ...c, bits: gather(c.bits, c.words, keep, size) };
  if (c.type === 'single') return { ...c, picks: gather(c.picks, 1, keep, size) };
  if (c.type === 'count') return { ...c, values: gather(c.values, c.blanks, keep, size) };
  if (c.type === 'scale') return { ...c, points: gather(c.points, c.rows, keep, size) };
  if (c.type === 'matrixSingle') return { ...c, picks: gather(c.picks, c.rows, keep, size) };
  if (c.type === 'matrixMultiple') return { ...c, bits: gather(c.bits, c.rows * c.words, keep, size) };
  return { ...c, ranks: gather(c.ranks, c.options, keep, size) };
}

/** Growing columns of responses; `add` a response, then set its answers by question number. */
export class ResponseColumns {
  readonly questionnaire: Questionnaire;
  private capacity = 0;
  private count = 0;
  private answers: (AnswerColumn | undefined)[];
  /** `answeredBy[n][k]` is 1 when response k answered question n. */
  private answeredBy: Uint8Array[];
  private lines = new Int32Array(0);
  private times = new Float64Array(0);
  private serials: string[] = [];
  private names: string[] = [];

  constructor(questionnaire: Questionnaire) {
    this.questionnaire = questionnaire;
    this.answers = [undefined, ...questionnaire.questions.map((q) => emptyColumn(questionnaire, q.number))];
    this.answeredBy = [new Uint8Array(0), ...questionnaire.questions.map(() => new Uint8Array(0))];
  }

  get size(): number {
    return this.count;
  }

  /** What is stored of each response so far besides its answers. */
  rows(): { lines: Int32Array; times: Float64Array; serials: readonly string[]; names: readonly string[] } {
    return { lines: this.lines.subarray(0, this.count), times: this.times.subarray(0, this.count), serials: this.serials, names: this.names };
  }

  /** Adds a response with no answers yet; returns its position. */
  add(line: number, serial: string, time: number, name: string): number {
    if (this.count === this.capacity) this.grow(Math.max(INITIAL_CAPACITY, this.capacity * 2));
    const k = this.count++;
    this.lines[k] = line;
    this.times[k] = time;
    this.serials.push(serial);
    this.names.push(name);
    return k;
  }

  private grow(capacity: number): void {
    this.answers = this.answers.map((c) => c && withCapacity(c, capacity));
    this.answeredBy = this.answeredBy.map((a) => resized(a, capacity));
    this.lines = resized(this.lines, capacity);
    this.times = resized(this.times, capacity);
    this.capacity = capacity;
  }

  /** Records the options of `picked` (a bit set) as response k's answer to choice question n (a single choice: its lowest). */
  setPicks(n: number, k: number, picked: Uint32Array): void {
    const c = this.answers[n]!;
    if (c.type === 'multiple') for (let w = 0; w < c.words; w++) c.bits[k * c.words + w] = picked[w]!;
    else if (c.type === 'single') c.picks[k] = lowestBit(picked);
  }

  /** Whether response k chose option `option` of choice question n. */
  chose(n: number, k: number, option: number): boolean {
    const c = this.answers[n]!;
    if (c.type === 'multiple') return (c.bits[k * c.words + (option >>> 5)]! & (1 << (option & 31))) !== 0;
    return c.type === 'single' && c.picks[k] === option;
  }

  /** Records blank j of count question n for response k. */
  setCount(n: number, k: number, j: number, value: number): void {
    const c = this.answers[n]!;
    if (c.type === 'count') c.values[k * c.blanks + j] = value;
  }

  /** Records the point (a position, or `NOT_APPLICABLE`) response k gave row `row` of scale question n. */
  setPoint(n: number, k: number, row: number, point: number): void {
    const c = this.answers[n]!;
    if (c.type === 'scale') c.points[k * c.rows + row] = point;
  }

  /** Records the options of `picked` (a bit set) as response k's answer to row `row` of matrix question n (matrix single: its lowest). */
  setRowPicks(n: number, k: number, row: number, picked: Uint32Array): void {
    const c = this.answers[n]!;
    if (c.type === 'matrixMultiple') for (let w = 0; w < c.words; w++) c.bits[(k * c.rows + row) * c.words + w] = picked[w]!;
    else if (c.type === 'matrixSingle') c.picks[k * c.rows + row] = lowestBit(picked);
  }

  /** Records the rank (1 for first) response k gave option `option` of ranking question n. */
  setRank(n: number, k: number, option: number, rank: number): void {
    const c = this.answers[n]!;
    if (c.type === 'ranking') c.ranks[k * c.options + option] = rank;
  }

  /** Records that response k answered question n. */
  markAnswered(n: number, k: number): void {
    this.answeredBy[n]![k] = 1;
  }

  /** The responses `keep` (all, in order, when null), by column. */
  toResponses(file: string, keep: Int32Array | null, setAside: number, warnings: Problem[]): Responses {
    const size = keep === null ? this.count : keep.length;
    const rows = (k: number) => (keep === null ? k : keep[k]!);
    const answers = this.answers.map((c) => c && gatherColumn(c, keep, this.count));
    return {
      file,
      questionnaire: this.questionnaire,
      size,
      answers,
      answered: this.answeredBy.map((a) => gather(a, 1, keep, this.count)),
      lines: gather(this.lines, 1, keep, this.count),
      serials: Array.from({ length: size }, (_, k) => this.serials[rows(k)]!),
      times: gather(this.times, 1, keep, this.count),
      names: Array.from({ length: size }, (_, k) => this.names[rows(k)]!),
      setAside,
      warnings,
    };
  }
}
