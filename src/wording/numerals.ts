/** Chinese numerals for the small numbers the report writes in words. */

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 0–10 in Chinese numerals ("三"), larger numbers in digits. */
export function chineseNumeral(n: number): string {
  return digits[n] ?? String(n);
}

/** A count before a measure word ("两项", "三项"): 2 is 两 there. */
export function countWord(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n);
}
