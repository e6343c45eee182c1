/** The metadata columns' formats (deviations are warnings) and the one value the report uses, the submission time. */

const CONTRACT_TIME = /^(\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})$/;
const OTHER_TIME = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DURATION = /^\d+秒$/;
const IPV4_WITH_PLACE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\((.*)\)$/s;
const IPV6_WITH_PLACE = /^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*\((.*)\)$/s;
const SERIAL = /^[1-9]\d*$/;

/** 问卷星 records Beijing time (UTC+8). */
const BEIJING_OFFSET_HOURS = 8;

function instant(y: number, mo: number, d: number, h: number, mi: number, s: number): Date | null {
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 2023/2/30 over to March: a date that does not round-trip does not exist.
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return new Date(wall.getTime() - BEIJING_OFFSET_HOURS * 3600_000);
}

/**
 * `提交答卷时间` as an instant (read as Beijing time) and whether it has the
 * contract's format `YYYY/M/D H:mm:ss`; a date written with `-` or without
 * seconds is still read, anything else is null.
 */
export function parseSubmittedAt(text: string): { date: Date | null; wellFormed: boolean } {
  const t = text.trim();
  let m = CONTRACT_TIME.exec(t);
  const wellFormed = m !== null;
  m ??= OTHER_TIME.exec(t);
  if (m === null) return { date: null, wellFormed: false };
  const date = instant(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return { date, wellFormed: wellFormed && date !== null };
}

/** Whether `所用时间` looks like `520秒`. */
export function isDuration(text: string): boolean {
  return DURATION.test(text.trim());
}

/** Whether `来自IP` looks like `202.112.1.1(北京-北京)` (an IPv6 address is accepted too). */
export function isIpWithPlace(text: string): boolean {
  const t = text.trim();
  const m = IPV4_WITH_PLACE.exec(t);
  if (m !== null) return Number(m[1]) <= 255 && Number(m[2]) <= 255 && Number(m[3]) <= 255 && Number(m[4]) <= 255;
  return IPV6_WITH_PLACE.test(t);
}

/** Whether `序号` is a positive whole number. */
export function isSerial(text: string): boolean {
  return SERIAL.test(text.trim());
}
