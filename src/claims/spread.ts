/** Statement kind `<Spread>`: the numbers typed into count questions differ widely between libraries. */
import { quantile } from 'simple-statistics';
import type { ClaimData } from './data.ts';
import { listProp, onlyProps, optionalNumberProp, propError } from './props.ts';
import type { Props, Verdict } from './verdict.ts';

/** Rounds for display: whole numbers stay whole, others get one decimal. */
function shown(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/**
 * Whether, for every named blank of a count question, the upper quartile is at
 * least `ratio` times the lower quartile (a series with no readable number does not hold).
 */
export function checkSpread(props: Props, data: ClaimData): Verdict {
  onlyProps('Spread', props, ['questions', 'blanks', 'ratio']);
  const questions = listProp<number>('Spread', props, 'questions', 'number');
  const blanks = props.blanks;
  if (!Array.isArray(blanks) || blanks.length !== questions.length || blanks.some((b) => typeof b !== 'string')) {
    throw propError('Spread', props, `blanks 应与 questions 一一对应，列出每题要看的空格名称（${questions.length} 项）`);
  }
  const ratio = optionalNumberProp('Spread', props, 'ratio', 1, Infinity);
  if (ratio === undefined) throw propError('Spread', props, '请写 ratio={倍数}：上四分位至少是下四分位的几倍');
  const series = questions.map((q, i) => {
    let values: number[];
    try {
      values = data.countValues(q, blanks[i] as string);
    } catch (e) {
      throw propError('Spread', props, e instanceof Error ? e.message : String(e));
    }
    const name = `第 ${q} 题${blanks[i]}`;
    if (values.length === 0) return { holds: false, text: `${name}没有可读的数字` };
    const q1 = quantile(values, 0.25);
    const q3 = quantile(values, 0.75);
    const holds = q3 >= ratio * q1;
    const times = q1 > 0 ? `，${(q3 / q1).toFixed(1)} 倍` : '';
    return { holds, text: `${name}：下四分位 ${shown(q1)}、上四分位 ${shown(q3)}（${values.length} ${data.measureWord}${times}${holds ? '' : `，不足所写的 ${ratio} 倍`}）` };
  });
  return { questions, holds: series.every((s) => s.holds), now: series.map((s) => s.text).join('；') };
}
