import { describe, expect, it } from 'vitest';
import { checkTop } from '../../src/claims/top.ts';
import { fakeData } from './fakeData.ts';

const data = fakeData({ total: 100, options: { 10: { 甲: 90, 乙: 80, 丙: 80, 丁: 70, 戊: 70, 己: 10 } } });

describe('<Top>: the named options are the most chosen', () => {
  it('holds for the top k in any order, and for the most chosen alone', () => {
    expect(checkTop({ question: 10, options: ['乙', '甲', '丙'] }, data)).toEqual({
      questions: [10],
      holds: true,
      now: '第 10 题前三位现为：甲（90）、乙（80）、丙（80）',
    });
    expect(checkTop({ question: 10, options: ['甲'] }, data)).toMatchObject({ holds: true, now: '第 10 题选择最多的现为：甲（90）' });
  });

  it('refuses an option named twice, by its text and by its label', () => {
    const labelled = { ...data, options: () => [{ text: '甲种', label: '甲', count: 95, share: 0.95, percent: '95.00%' }, ...data.options(10)] };
    expect(() => checkTop({ question: 10, options: ['甲种', '甲'] }, labelled)).toThrow('<Top>：第 10 题的选项「甲种」与「甲」是同一选项，出现了两次；每个选项只能列一次');
    expect(() => checkTop({ question: 10, options: ['甲', '乙', '甲'] }, data)).toThrow('<Top>：options 中「甲」写了两次');
  });

  it('fails when a named option is outside the top k, saying where it stands', () => {
    expect(checkTop({ question: 10, options: ['甲', '丁'] }, data)).toEqual({
      questions: [10],
      holds: false,
      now: '第 10 题前二位现为：甲（90）、乙（80）、丙（80）（第 2 位与第 3 位并列）；丁现为并列第 4 位',
    });
  });

  it('spaces a Latin name from the Chinese after it', () => {
    const languages = fakeData({ total: 10, options: { 3: { Java: 9, 'C++': 8, Python: 5 } } });
    expect(checkTop({ question: 3, options: ['Java', 'Python'] }, languages).now).toBe('第 3 题前二位现为：Java（9）、C++（8）；Python 现为第 3 位');
  });

  it('in order: holds in ranking order (equal counts either way), fails out of order', () => {
    expect(checkTop({ question: 10, options: ['甲', '丙', '乙'], ordered: true }, data).holds).toBe(true);
    expect(checkTop({ question: 10, options: ['甲', '乙', '丙'], ordered: true }, data).holds).toBe(true);
    const swapped = checkTop({ question: 10, options: ['乙', '甲', '丙'], ordered: true }, data);
    expect(swapped).toMatchObject({ holds: false, now: '第 10 题前三位现为：甲（90）、乙（80）、丙（80）' });
  });

  it('a tie across the k-th place does not hold: neither tied option is inside the top k', () => {
    // 乙 and 丙 share second place; "甲、乙 are the top two" leaves out 丙, which is chosen as often.
    expect(checkTop({ question: 10, options: ['甲', '乙'] }, data).holds).toBe(false);
    expect(checkTop({ question: 10, options: ['甲', '乙', '丙', '丁'] }, data)).toMatchObject({
      holds: false,
      now: '第 10 题前四位现为：甲（90）、乙（80）、丙（80）、丁（70）、戊（70）（第 4 位与第 5 位并列）；丁现为并列第 4 位',
    });
    // With k written, "among the top 5" includes both tied options at 4–5.
    expect(checkTop({ question: 10, options: ['丁'], k: 5 }, data).holds).toBe(true);
    expect(checkTop({ question: 10, options: ['丁'], k: 4 }, data).holds).toBe(false);
  });

  it('rejects props that do not fit, in Chinese, naming the place when given', () => {
    expect(() => checkTop({ question: 10, options: ['庚'] }, data)).toThrow('<Top>：第 10 题没有可排序的选项「庚」（选项按问卷原文书写）');
    expect(() => checkTop({ question: 10, options: ['甲', '甲'], __at: 'content/chapters/x.mdx:7' }, data)).toThrow(
      'content/chapters/x.mdx:7 <Top>：options 中「甲」写了两次',
    );
    expect(() => checkTop({ question: 99, options: ['甲'] }, data)).toThrow('<Top>：问卷没有第 99 题');
    expect(() => checkTop({ question: 10, option: '甲' }, data)).toThrow('<Top>：没有属性 option；可用：question、options、k、ordered');
    expect(() => checkTop({ question: 10, options: ['甲'], k: 3, ordered: true }, data)).toThrow('ordered 用于按顺序列出前几位的全部选项');
    expect(() => checkTop({ question: 10, options: ['甲', '乙'], k: 1 }, data)).toThrow('k 应为不小于 2 的整数');
  });
});
