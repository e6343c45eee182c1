import { describe, expect, it } from 'vitest';
import { compositeIndices, indexQuestions } from '../../src/survey/analysis/compositeIndices.ts';
import { correlationMatrix } from '../../src/survey/analysis/correlationMatrix.ts';
import { indexMeansAtStageVersusRest, indexMeansByStage } from '../../src/survey/analysis/indexMeansByStage.ts';
import { shareSelectingAtLeast } from '../../src/survey/analysis/shareOfLibraries.ts';
import { librariesAtStage } from '../../src/survey/analysis/librariesAtStage.ts';
import { surveyResponse } from '../helpers/surveyResponse.ts';

describe('composite indices', () => {
  it('are built from the questions the contract names', () => {
    expect(indexQuestions).toEqual({ benefit: [4, 5, 6, 9, 10], trust: [13, 14, 15, 16, 18, 19], participation: [21, 25, 26] });
  });
  it('count 其他 and write-in options, and an exclusive none option as zero', () => {
    const r = surveyResponse({
      4: ['图书馆主页/APP', '其他'],
      5: ['品牌类活动'],
      10: ['尚未开展相关工作'],
      13: ['未开展宣传'],
      14: ['未开展馆员培训'],
      16: ['设置荣誉体系', '其他'],
      21: ['学生助理（有偿）'],
      26: ['借还书服务', '用户调研'],
    });
    expect(compositeIndices(r)).toEqual({ benefit: 3, trust: 2, participation: 3 });
  });
});

describe('correlationMatrix', () => {
  it('gives Pearson’s r between the indices, 1 on the diagonal', () => {
    const rs = [
      surveyResponse({ 4: ['图书馆主页/APP'], 13: ['制定文件'], 21: ['学生助理（有偿）'] }),
      surveyResponse({ 4: ['图书馆主页/APP', '校内论坛'], 13: ['制定文件', '纳入工作计划'], 21: ['学生助理（有偿）'] }),
      surveyResponse({ 4: ['图书馆主页/APP', '校内论坛', '全校群发邮件'], 13: ['制定文件'], 21: ['学生助理（有偿）', '与课程合作'] }),
    ];
    const m = correlationMatrix(rs.map(compositeIndices));
    expect(m.names).toEqual(['用户受益指数', '用户信任指数', '用户参与指数']);
    expect(m.r[0]![0]).toBe(1);
    // benefit 1,2,3 vs trust 1,2,1: r = 0; benefit vs participation 1,1,2: r = √3/2
    expect(m.r[0]![1]).toBeCloseTo(0, 12);
    expect(m.r[0]![2]).toBeCloseTo(Math.sqrt(3) / 2, 12);
    expect(m.r[2]![0]).toBe(m.r[0]![2]);
    expect(m.r[1]![2]).toBeCloseTo(-0.5, 12);
  });
});

describe('stages', () => {
  const rs = [
    surveyResponse({ 4: ['图书馆主页/APP', '校内论坛'], 21: ['与课程合作'], 28: ['已形成系统规划并全面开展工作'] }, '乙馆'),
    surveyResponse({ 4: ['图书馆主页/APP', '校内论坛', '全校群发邮件'], 28: ['已形成系统规划并全面开展工作'] }, '甲馆'),
    surveyResponse({ 4: ['图书馆主页/APP'], 28: ['已开展部分工作'] }, '丙馆'),
    surveyResponse({ 28: ['已形成系统规划并全面开展工作'] }, '丁馆'),
  ];
  it('index means by stage, in questionnaire order, null where no library is', () => {
    const means = indexMeansByStage(rs);
    expect(means.map((s) => s.libraries)).toEqual([0, 0, 1, 3, 0]);
    expect(means[0]!.means).toBeNull();
    expect(means[3]!.means).toEqual({ benefit: 5 / 3, trust: 0, participation: 1 / 3 });
  });
  it('compares one stage with all the rest', () => {
    expect(indexMeansAtStageVersusRest(rs, 3)).toEqual({ at: { benefit: 5 / 3, trust: 0, participation: 1 / 3 }, rest: { benefit: 1, trust: 0, participation: 0 } });
  });
  it('lists libraries at a stage in the given order, the others after in collation order', () => {
    expect(librariesAtStage(rs, 3, ['乙馆'])).toEqual(['乙馆', '丁馆', '甲馆']);
    expect(librariesAtStage(rs, 3, ['丁馆', '甲馆', '乙馆'])).toEqual(['丁馆', '甲馆', '乙馆']);
  });
  it('shares of libraries selecting at least N options', () => {
    expect(shareSelectingAtLeast(rs, 4, 2)).toEqual({ count: 2, share: 0.5 });
    expect(shareSelectingAtLeast(rs, 4, 4)).toEqual({ count: 0, share: 0 });
  });
});
