/** Rounded-down phrases for shares the report states loosely ("超过70%", "超九成", "半数以上"). */
import { chineseNumeral } from './numerals.ts';

/** Whole tenths of `share`, robust to floating-point error (0.7 stays 7, not 6.999…). */
function tenths(share: number): { whole: number; exact: boolean } {
  const x = Math.round(share * 1e9) / 1e8;
  return { whole: Math.floor(x), exact: Number.isInteger(x) };
}

/** "超过70%": the share rounded down to tens of percent; "70%" when it is exactly that. */
export function moreThanPercentTens(share: number): string {
  const { whole, exact } = tenths(share);
  if (whole === 0) return exact ? '0%' : '不足10%';
  return exact ? `${whole * 10}%` : `超过${whole * 10}%`;
}

/** "超九成": the share rounded down to tenths in Chinese; "九成" when it is exactly that. */
export function moreThanTenths(share: number): string {
  const { whole, exact } = tenths(share);
  if (whole === 10) return '全部';
  if (whole === 0) return exact ? '没有' : '不足一成';
  return exact ? `${chineseNumeral(whole)}成` : `超${chineseNumeral(whole)}成`;
}

/** "半数以上", "半数" or "不足半数". */
export function halfPhrase(share: number): string {
  if (share > 0.5) return '半数以上';
  return share === 0.5 ? '半数' : '不足半数';
}

/**
 * What the pairwise correlations say, as the report phrases it: "都存在较强的正相关关系"
 * when every r ≥ 0.7, "中等程度" from 0.4, "较弱" above 0, otherwise that not all are positive;
 * a single pair (two indices) drops the "都".
 */
export function correlationPhrase(rs: readonly number[]): string {
  const min = Math.min(...rs);
  const all = rs.length > 1 ? '都' : '';
  if (min <= 0) return rs.length > 1 ? '并不都存在正相关关系' : '不存在正相关关系';
  const strength = min >= 0.7 ? '较强' : min >= 0.4 ? '中等程度' : '较弱';
  return `${all}存在${strength}的正相关关系`;
}

/** How an inline figure words a share: `format` `成` "超九成", `超过` "超过70%", `半数` "半数以上", or else `percent` as the tables print it. */
export function shareWords(share: number, percent: string, format?: '成' | '超过' | '半数'): string {
  if (format === '成') return moreThanTenths(share);
  if (format === '超过') return moreThanPercentTens(share);
  if (format === '半数') return halfPhrase(share);
  return percent;
}
