import { describe, expect, it } from 'vitest';
import { indicesAt } from '../../src/survey/analysis/compositeIndices.ts';
import { correlationMatrix } from '../../src/survey/analysis/correlationMatrix.ts';
import { frequencyTable } from '../../src/survey/analysis/frequencyTable.ts';
import { indexMeansAtStageVersusRest, indexMeansByStage } from '../../src/survey/analysis/indexMeansByStage.ts';
import { shareSelectingAtLeast } from '../../src/survey/analysis/shareSelectingAtLeast.ts';
import { namesAtStage } from '../../src/survey/analysis/namesAtStage.ts';
import { responseAt } from '../helpers/responseAt.ts';
import { indexMembers, type Questionnaire } from '../../src/survey/questionnaire.ts';
import { questionnaire } from '../helpers/questionnaire.ts';
import { datasetOf, surveyResponse } from '../helpers/surveyResponse.ts';

describe('composite indices', () => {
  it('are built from the questions the contract names', () => {
    expect(Object.fromEntries(questionnaire.indices.map((ix) => [ix.id, indexMembers(questionnaire, ix)]))).toEqual({
      benefit: [4, 5, 6, 9, 10],
      trust: [13, 14, 15, 16, 18, 19],
      participation: [21, 25, 26],
    });
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
    expect(indicesAt(datasetOf([r]), 0)).toEqual({ benefit: 3, trust: 2, participation: 3 });
  });
});

describe('correlationMatrix', () => {
  it('gives Pearson’s r between the indices, 1 on the diagonal', () => {
    const rs = [
      surveyResponse({ 4: ['图书馆主页/APP'], 13: ['制定文件'], 21: ['学生助理（有偿）'] }),
      surveyResponse({ 4: ['图书馆主页/APP', '校内论坛'], 13: ['制定文件', '纳入工作计划'], 21: ['学生助理（有偿）'] }),
      surveyResponse({ 4: ['图书馆主页/APP', '校内论坛', '全校群发邮件'], 13: ['制定文件'], 21: ['学生助理（有偿）', '与课程合作'] }),
    ];
    const m = correlationMatrix(datasetOf(rs));
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
  const rs = datasetOf([
    surveyResponse({ 4: ['图书馆主页/APP', '校内论坛'], 21: ['与课程合作'], 28: ['已形成系统规划并全面开展工作'] }, '乙馆'),
    surveyResponse({ 4: ['图书馆主页/APP', '校内论坛', '全校群发邮件'], 28: ['已形成系统规划并全面开展工作'] }, '甲馆'),
    surveyResponse({ 4: ['图书馆主页/APP'], 28: ['已开展部分工作'] }, '丙馆'),
    surveyResponse({ 28: ['已形成系统规划并全面开展工作'] }, '丁馆'),
  ]);
  it('index means by stage, in questionnaire order, null where no library is', () => {
    const means = indexMeansByStage(rs);
    expect(means.map((s) => s.respondents)).toEqual([0, 0, 1, 3, 0]);
    expect(means[0]!.means).toBeNull();
    expect(means[3]!.means).toEqual({ benefit: 5 / 3, trust: 0, participation: 1 / 3 });
  });
  it('compares one stage with all the rest', () => {
    expect(indexMeansAtStageVersusRest(rs, 3)).toEqual({ at: { benefit: 5 / 3, trust: 0, participation: 1 / 3 }, rest: { benefit: 1, trust: 0, participation: 0 } });
  });
  it('lists libraries at a stage in the given order, the others after in collation order', () => {
    expect(namesAtStage(rs, 3, ['乙馆'])).toEqual(['乙馆', '丁馆', '甲馆']);
    expect(namesAtStage(rs, 3, ['丁馆', '甲馆', '乙馆'])).toEqual(['丁馆', '甲馆', '乙馆']);
  });
  it('shares of libraries selecting at least N options', () => {
    expect(shareSelectingAtLeast(rs, 4, 2)).toEqual({ count: 2, share: 0.5 });
    expect(shareSelectingAtLeast(rs, 4, 4)).toEqual({ count: 0, share: 0 });
  });
});

/** A questionnaire of `indexCount` indices over as many multiple-choice questions (one each), the last with `options` options; no roles. */
function smallQuestionnaire(indexCount: number, options = 3): Questionnaire {
  const ids = Array.from({ length: indexCount }, (_, i) => `ix${i + 1}`);
  return {
    title: '测试问卷',
    metadataColumns: ['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP'],
    indices: ids.map((id, i) => ({ id, name: `指数${i + 1}` })),
    questions: [
      { number: 1, type: 'text', text: '名称', required: false },
      ...Array.from({ length: Math.max(indexCount, 1) }, (_, i) => ({
        number: i + 2,
        type: 'multiple' as const,
        text: `第${i + 2}题`,
        required: true,
        ...(i < indexCount ? { index: ids[i]! } : {}),
        options: Array.from({ length: i === Math.max(indexCount, 1) - 1 ? options : 3 }, (_, j) => ({ text: `选项${j + 1}` })),
      })),
    ],
  };
}

describe('other questionnaires', () => {
  it('a 4 × 4 correlation matrix for four indices', () => {
    const qn = smallQuestionnaire(4);
    const picks = (n: number) => Array.from({ length: n }, (_, j) => `选项${j + 1}`);
    const ds = datasetOf(
      [
        { choices: { 2: picks(1), 3: picks(1), 4: picks(3), 5: picks(2) } },
        { choices: { 2: picks(2), 3: picks(2), 4: picks(2), 5: picks(2) } },
        { choices: { 2: picks(3), 3: picks(3), 4: picks(1), 5: picks(3) } },
      ],
      qn,
    );
    const m = correlationMatrix(ds);
    expect(m.names).toEqual(['指数1', '指数2', '指数3', '指数4']);
    expect(m.r.map((row) => row.map((r) => Math.round(r * 1000) / 1000))).toEqual([
      [1, 1, -1, 0.866],
      [1, 1, -1, 0.866],
      [-1, -1, 1, -0.866],
      [0.866, 0.866, -0.866, 1],
    ]);
  });
  it('no indices and no roles: an empty matrix, no stage means, no libraries at a stage', () => {
    const ds = datasetOf([{ choices: { 2: ['选项1'] } }], smallQuestionnaire(0));
    expect(ds.indices).toEqual([]);
    expect(correlationMatrix(ds)).toEqual({ ids: [], names: [], r: [] });
    expect(indexMeansByStage(ds)).toEqual([]);
    expect(namesAtStage(ds, 0, [])).toEqual([]);
    expect(() => indexMeansAtStageVersusRest(ds, 0)).toThrow('问卷没有开展阶段题');
  });
  it('a multiple-choice question of 40 options: options past the 32nd are counted and read back', () => {
    const qn = smallQuestionnaire(1, 40);
    const ds = datasetOf([{ choices: { 2: ['选项1', '选项33', '选项40'] } }, { choices: { 2: ['选项40'] } }], qn);
    expect(responseAt(ds, 0).choices[2]).toEqual([0, 32, 39]);
    expect(indicesAt(ds, 0)).toEqual({ ix1: 3 });
    const rows = frequencyTable(ds, 2).rows;
    expect(rows.slice(0, 3).map((r) => [r.text, r.count, r.percent])).toEqual([
      ['选项40', 2, '100%'],
      ['选项1', 1, '50.00%'],
      ['选项33', 1, '50.00%'],
    ]);
    expect(shareSelectingAtLeast(ds, 2, 3)).toEqual({ count: 1, share: 0.5 });
  });
});
