/** The metadata columns' formats (deviations are warnings) and the one value the report uses, the submission time. */

const CONTRACT_TIME = /^(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})$/;
const OTHER_TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const IPV4_WITH_PLACE = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\(.*\)$/s;
const IPV6_WITH_PLACE = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*\(.*\)$/s;
const DURATION = /^\d+秒$/;
const SERIAL = /^[1-9]\d*$/;

/** 问卷星 records Beijing time (UTC+8). */
const BEIJING_OFFSET_HOURS = 8;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The instant of a Beijing wall-clock time in ms since the epoch; NaN for a date or time that does not exist. */
function instant(m: RegExpExecArray): number {
  const [y, mo, d, h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1];
  if (days === undefined || d < 1 || d > days || h > 23 || mi > 59 || s > 59) return NaN;
  return Date.UTC(y, mo - 1, d, h - BEIJING_OFFSET_HOURS, mi, s);
}

/**
 * `提交答卷时间` as an instant (ms since the epoch, read as Beijing time; NaN
 * when it cannot be read) and whether it has the contract's format
 * `YYYY/M/D H:mm:ss`; a date written with `-` or without seconds is still read.
 */
export function parseSubmittedAt(text: string): { time: number; wellFormed: boolean } {
  const t = text.trim();
  const contract = CONTRACT_TIME.exec(t);
  if (contract !== null) {
    const time = instant(contract);
    return { time, wellFormed: !Number.isNaN(time) };
  }
  const other = OTHER_TIME.exec(t);
  return { time: other === null ? NaN : instant(other), wellFormed: false };
}

/** Whether `所用时间` looks like `520秒`. */
export function isDuration(text: string): boolean {
  return DURATION.test(text.trim());
}

/** Whether `来自IP` looks like `202.112.1.1(北京-北京)` (an IPv6 address is accepted too). */
export function isIpWithPlace(text: string): boolean {
  const t = text.trim();
  return IPV4_WITH_PLACE.test(t) || IPV6_WITH_PLACE.test(t);
}

/** Whether `序号` is a positive whole number. */
export function isSerial(text: string): boolean {
  return SERIAL.test(text.trim());
}
