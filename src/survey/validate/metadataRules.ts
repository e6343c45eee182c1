/** The rules for the metadata columns of a row: formats are warnings; serials must not repeat. */
import { isDuration, isIpWithPlace, isSerial, parseSubmittedAt } from './metadata.ts';
import { report, type RowCursor } from './rowCursor.ts';

/** `序号` is a positive whole number, and no earlier row has the same (`seen`: serial → line). */
export function checkSerial(c: RowCursor, column: number, cell: string, seen: Map<string | number, number>): void {
  const serial = c.serial!;
  const wellFormed = isSerial(serial);
  if (!wellFormed) report(c, 'warning', column, cell, '序号应为正整数');
  // A well-formed serial is kept as its number (no leading zero, so it is the only way to write it): cheaper to hash.
  const key = wellFormed && serial.length <= 15 ? Number(serial) : serial;
  const first = seen.get(key);
  if (first !== undefined) report(c, 'warning', column, cell, `序号与第 ${first} 行重复`);
  else seen.set(key, c.line);
}

/** `提交答卷时间` has the contract's format; returns the time read (ms, NaN when unreadable). */
export function checkSubmittedAt(c: RowCursor, column: number, cell: string): number {
  const { time, wellFormed } = parseSubmittedAt(cell);
  if (!wellFormed) {
    const unreadable = Number.isNaN(time) ? '；读不出提交时间，同一单位的重复提交按文件顺序判断先后' : '';
    report(c, 'warning', column, cell, `格式应为 YYYY/M/D H:mm:ss，如 2025/5/6 9:05:03${unreadable}`);
  }
  return time;
}

/** `所用时间` is seconds followed by 秒. */
export function checkDuration(c: RowCursor, column: number, cell: string): void {
  if (!isDuration(cell)) report(c, 'warning', column, cell, '格式应为秒数加「秒」，如 520秒');
}

/** `来自IP` is an address followed by the place in parentheses. */
export function checkIp(c: RowCursor, column: number, cell: string): void {
  if (!isIpWithPlace(cell)) report(c, 'warning', column, cell, '格式应为「IP 地址(地区)」，如 202.112.1.1(北京-北京)');
}
