import { describe, expect, it } from 'vitest';
import { choiceQuestionProp, indicesProp, nameQuestionProp, numberedProp, optionProp, referenceProp, stageQuestionProp } from '../../src/props/componentProps.ts';
import { componentError, didYouMean, findComponentPropError } from '../../src/props/componentError.ts';
import { nearestValues } from '../../src/props/nearest.ts';
import { questionnaire as qn } from '../helpers/questionnaire.ts';

const at = { __at: 'content/chapters/04-results.mdx:12' };
const numbered = new Map([['channels', { id: 'channels', kind: '表' as const, number: 1, title: '信息传播渠道', chapter: '04-results' }]]);

describe('nearest valid values', () => {
  it('closest first, ties in the candidates’ order, only plausible typos', () => {
    expect(nearestValues('校有', ['学生', '教师', '校友', '职工'])).toEqual(['校友']);
    expect(nearestValues('chanels', ['channels', 'panels', 'correlation'])).toEqual(['channels', 'panels']);
    expect(nearestValues('完全不同的文字', ['学生', '教师'])).toEqual([]);
  });
  it('a question when one is near, the valid values when none is', () => {
    expect(didYouMean('校有', ['学生', '校友'])).toBe('是否是「校友」？');
    expect(didYouMean('甲乙丙丁', ['学生', '校友'])).toBe('可用的有：「学生」、「校友」');
  });
});

describe('component prop checks: located errors with the nearest valid values', () => {
  it('an unknown option', () => {
    expect(() => optionProp(at, 'Pct', qn, 6, '校有')).toThrow('content/chapters/04-results.mdx:12 <Pct>：第 6 题没有选项「校有」；是否是「校友」？');
    expect(optionProp(at, 'Pct', qn, 6, '校友')).toBe(8);
  });
  it('an unknown question, and a question that is not a choice question', () => {
    expect(() => choiceQuestionProp(at, 'FrequencyTable', qn, 60)).toThrow('content/chapters/04-results.mdx:12 <FrequencyTable>：问卷没有第 60 题（共 31 题，为第 1–31 题）');
    expect(() => choiceQuestionProp(at, 'Count', qn, 23)).toThrow('<Count>：第 23 题不是选择题；最近的选择题是第 21、25 题');
  });
  it('a <Ref> to no table', () => {
    expect(() => numberedProp(at, 'Ref', 'chanels', numbered)).toThrow('content/chapters/04-results.mdx:12 <Ref>：没有 id 为「chanels」的图表；是否是「channels」？');
    expect(numberedProp(at, 'Ref', 'channels', numbered)).toMatchObject({ kind: '表', number: 1 });
  });
  it('a <Cite> beyond the references', () => {
    const ids = Array.from({ length: 29 }, (_, i) => String(i + 1));
    expect(() => referenceProp(at, 'Cite', 30, ids)).toThrow('content/chapters/04-results.mdx:12 <Cite>：参考文献共 29 条（第 1–29 条），没有第 30 条');
    expect(referenceProp(at, 'Cite', 29, ids)).toBe('29');
  });
  it('carries the location for the dev overlay, and is found inside a wrapping error', () => {
    const error = componentError(at, 'Pct', '…');
    expect(error.loc).toMatchObject({ line: 12, column: 1 });
    expect(error.loc!.file.endsWith('content/chapters/04-results.mdx')).toBe(true);
    expect(findComponentPropError(new Error('render failed', { cause: error }))).toBe(error);
    expect(findComponentPropError(new Error('other'))).toBeUndefined();
  });
  it('a questionnaire without the role or the indices a component needs', () => {
    const bare = { ...qn, indices: [], questions: qn.questions.map(({ role: _role, index: _index, ...q }) => q) };
    expect(() => stageQuestionProp(at, 'StageComparison', bare)).toThrow('content/chapters/04-results.mdx:12 <StageComparison>：问卷没有阶段题');
    expect(() => nameQuestionProp(at, 'LibrariesAtStage', bare)).toThrow('<LibrariesAtStage>：问卷没有填写单位名称的题');
    expect(() => indicesProp(at, 'CorrelationTable', bare, 2)).toThrow('<CorrelationTable>：问卷定义了 0 个复合指数（data/questionnaire.json 的 indices），至少要 2 个');
    expect(stageQuestionProp(at, 'StageComparison', qn).number).toBe(28);
    expect(indicesProp(at, 'CorrelationTable', qn, 2)).toHaveLength(3);
  });
  it('without a location (a component used outside a chapter) still names the component', () => {
    expect(() => optionProp({}, 'Pct', qn, 6, '校有')).toThrow(/^<Pct>：第 6 题没有选项「校有」/);
  });
});
