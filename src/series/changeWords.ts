import type { OptionChange } from './optionChange.ts';

/** A change in hundredths of a percentage point as a reader reads it: `提高 3.20 个百分点`, `下降 1.05 个百分点`, `持平`. */
export function changeWords(hundredths: number): string {
  if (hundredths === 0) return '持平';
  return `${hundredths > 0 ? '提高' : '下降'} ${points(Math.abs(hundredths))} 个百分点`;
}

/** What `<Change>` prints, on the page and in a quoted sentence: `提高 3.20 个百分点`, and a note where the question was reworded. */
export function changeFigure(found: OptionChange): { words: string; note: string } {
  return { words: changeWords(found.change.hundredths), note: found.reworded ? '（题干有调整，比较仅供参考）' : '' };
}

/**
 * Hundredths (of a percentage point, or of an index's unit) as a trend table prints a change: `↑3.20`, `↓1.05`, `0.00`. An arrow rather than `+`,
 * which a spreadsheet would read as the start of a formula in the CSV download.
 */
export function arrowPoints(hundredths: number): string {
  return `${hundredths > 0 ? '↑' : hundredths < 0 ? '↓' : ''}${points(Math.abs(hundredths))}`;
}

/** A fraction as points with two decimals, negative with a minus sign (an interval's ends): `−4.59`, `10.06`. */
export function signedFractionPoints(fraction: number): string {
  return signedDecimals(fraction * 100);
}

/** A number with two decimals, negative with a minus sign (a change of a mean, an interval's ends): `−0.35`, `1.20`. */
export function signedDecimals(x: number): string {
  const hundredths = Math.round(x * 100);
  return `${hundredths < 0 ? '−' : ''}${points(Math.abs(hundredths))}`;
}

function points(hundredths: number): string {
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
