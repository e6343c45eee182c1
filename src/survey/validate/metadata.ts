/** The metadata columns' formats (deviations are warnings) and the one value the report uses, the submission time. */

const OTHER_TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const IPV4_WITH_PLACE = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\(.*\)$/s;
const IPV6_WITH_PLACE = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*\(.*\)$/s;

/** 问卷星 records Beijing time (UTC+8). */
const BEIJING_OFFSET_HOURS = 8;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | null {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
  if (days === undefined || d < 1 || d > days || h > 23 || mi > 59 || s > 59) return null;
  return new Date(Date.UTC(y, mo - 1, d, h - BEIJING_OFFSET_HOURS, mi, s));
}

/** Where the digits read by the last `digitsAt` end (a module variable: this runs on every row, a tuple would be garbage). */
let digitsEnd = 0;

/** The value of at most `max` digits from `pos` (-1 when there is none); `digitsEnd` is set to the position after them. */
function digitsAt(t: string, pos: number, max: number): number {
  let v = 0;
  let i = pos;
  while (i < t.length && i - pos < max) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
    i++;
  }
  digitsEnd = i;
  return i === pos ? -1 : v;
}

/** The six fields of the time `contractTime` is reading (module variables: this runs on every row, an array of them would be garbage). */
const fields = new Int32Array(6);
const SEPARATORS = '// ::';

/** The contract's `YYYY/M/D H:mm:ss` read without a regular expression (it is on every row); null if it is not that. */
function contractTime(t: string): Date | null | undefined {
  let pos = 0;
  for (let k = 0; k < 6; k++) {
    const v = digitsAt(t, pos, k === 0 ? 4 : 2);
    const next = digitsEnd;
    const width = next - pos;
    if (v < 0 || (k === 0 && width !== 4) || (k >= 4 && width !== 2)) return undefined;
    fields[k] = v;
    pos = next;
    if (k < 5) {
      if (t[pos] !== SEPARATORS[k]) return undefined;
      pos++;
    }
  }
  if (pos !== t.length) return undefined;
  return instant(fields[0]!, fields[1]!, fields[2]!, fields[3]!, fields[4]!, fields[5]!);
}

/**
 * `提交答卷时间` as an instant (read as Beijing time) and whether it has the
 * contract's format `YYYY/M/D H:mm:ss`; a date written with `-` or without
 * seconds is still read, anything else is null.
 */
export function parseSubmittedAt(text: string): { date: Date | null; wellFormed: boolean } {
  const t = text.trim();
  const fast = contractTime(t);
  if (fast !== undefined) return { date: fast, wellFormed: fast !== null };
  const m = OTHER_TIME.exec(t);
  if (m === null) return { date: null, wellFormed: false };
  return { date: instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)), wellFormed: false };
}

/** Whether `所用时间` looks like `520秒`. */
export function isDuration(text: string): boolean {
  const t = text.trim();
  if (!t.endsWith('秒')) return false;
  digitsAt(t, 0, t.length);
  return digitsEnd > 0 && digitsEnd === t.length - 1;
}

/** Whether `来自IP` looks like `202.112.1.1(北京-北京)` (an IPv6 address is accepted too). */
export function isIpWithPlace(text: string): boolean {
  const t = text.trim();
  return IPV4_WITH_PLACE.test(t) || IPV6_WITH_PLACE.test(t);
}

/** Whether `序号` is a positive whole number. */
export function isSerial(text: string): boolean {
  const t = text.trim();
  digitsAt(t, 0, t.length);
  return digitsEnd > 0 && digitsEnd === t.length && t.charCodeAt(0) !== 48;
}
