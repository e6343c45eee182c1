/**
 * The reader-survey example built from its folder: every new question type's
 * table on the page, checked against figures computed here from the CSV.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/survey/loadDataset.ts';
import { page } from '../site-build/builds.ts';
import { builtHtmlFiles, nuErrors } from '../helpers/nuChecker.ts';
import { loadValidQuestionnaire } from '../helpers/questionnaire.ts';
import { cells, falseClaimBuild, falseClaimRoot, mean, questionCells, readerDist, readerRoot, readerTotal, scores, sd } from './readerSurvey.ts';

/** The body rows of table `id` on `path`: the row heading and each cell's text. */
function grid(path: string, id: string): { heading: string; cells: string[] }[] {
  const figure = page(readerDist, path).getElementById(id)!;
  return [...figure.querySelectorAll('tbody tr')].map((tr) => ({ heading: tr.querySelector('th')!.textContent!.trim(), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()) }));
}

const aspects = ['服务态度', '开放时间', '馆藏资源', '自习座位', '网络', '借还手续繁琐'];
const aspectScores = aspects.map((a) => scores(cells(`3(${a})`), 'agree', a === '借还手续繁琐'));
const pct = (k: number, n: number) => `${((100 * k) / n).toFixed(2)}%`;

describe('the reader-survey example', () => {
  it('has 160 responses, every one valid, and no data warning', async () => {
    expect(readerTotal).toBe(160);
    const r = await loadDataset(join(readerRoot, 'data/responses.csv'), loadValidQuestionnaire(join(readerRoot, 'data/questionnaire.json')));
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.dataset.size).toBe(160);
    expect(r.dataset.warnings).toEqual([]);
  });

  it('prints each aspect\'s mean, SD and top-2-box as computed from the CSV, 不适用 left out', () => {
    const rows = grid('satisfaction/', 'aspects');
    expect(rows.map((r) => r.heading)).toEqual(['服务态度', '开放时间', '馆藏资源', '自习座位', '网络', '借还手续繁琐（反向计分）']);
    rows.forEach((r, i) => {
      const xs = aspectScores[i]!.filter((x): x is number => x !== null);
      const [n, m, s, top] = r.cells.slice(-4);
      expect(Number(n)).toBe(xs.length);
      expect(m).toBe(mean(xs).toFixed(2));
      expect(s).toBe(sd(xs).toFixed(2));
      expect(top).toBe(pct(xs.filter((x) => x >= 4).length, xs.length));
    });
    // Literal values, so a change in the generated file shows here too.
    expect(rows[0]!.cells.slice(-3)).toEqual(['3.98', '0.86', '68.75%']);
    expect(rows[3]!.cells[5]).toBe('14');
  });

  it('states Cronbach\'s α of the six aspects over the complete responses', () => {
    const complete = aspectScores[0]!.map((_, k) => aspectScores.map((s) => s[k]!)).filter((row) => row.every((x) => x !== null)) as number[][];
    const variance = (xs: number[]) => sd(xs) ** 2;
    const items = aspects.map((_, i) => variance(complete.map((row) => row[i]!)));
    const totals = variance(complete.map((row) => row.reduce((a, b) => a + b, 0)));
    const alpha = (6 / 5) * (1 - items.reduce((a, b) => a + b, 0) / totals);
    const notes = page(readerDist, 'satisfaction/').getElementById('aspects')!.querySelector('.table-notes')!.textContent!;
    expect(notes).toContain(`克朗巴哈 α = ${alpha.toFixed(2)}（6 个题项，${complete.length} 份完整回答）`);
    expect(alpha.toFixed(2)).toBe('0.53');
  });

  it('scores the 0–10 recommendation question on its stated scores', () => {
    const xs = questionCells(4).map(Number);
    const [row] = grid('satisfaction/', 'recommend');
    expect(row!.heading).toBe('全部回答');
    expect(row!.cells.slice(-3)).toEqual([mean(xs).toFixed(2), sd(xs).toFixed(2), pct(xs.filter((x) => x >= 9).length, xs.length)]);
  });

  it('gives the recommendation question its Net Promoter Score: % at 9–10 minus % at 0–6, and says it is an NPS question in the appendix', () => {
    const xs = questionCells(4).map(Number);
    const [promoters, detractors] = [xs.filter((x) => x >= 9).length, xs.filter((x) => x <= 6).length];
    const nps = ((100 * (promoters - detractors)) / xs.length).toFixed(2).replace('-', '−');
    const notes = page(readerDist, 'satisfaction/').getElementById('recommend')!.querySelector('.table-notes')!.textContent!;
    expect(notes).toContain(`净推荐值（NPS）= 推荐者（9–10 分）${pct(promoters, xs.length)} − 贬损者（0–6 分）${pct(detractors, xs.length)} = ${nps}；中立者（7–8 分）${pct(xs.length - promoters - detractors, xs.length)}。`);
    // Literal, so a change in the generated file shows here too.
    expect(nps).toBe('−35.00');
    expect(page(readerDist, 'appendix/').getElementById('q4')!.textContent).toContain('［NPS 量表题］');
  });

  it('ranks the improvements by 平均综合得分 (weight 6 − p + 1 ÷ respondents) with counts by position', () => {
    const rankings = questionCells(7).map((c) => c.split('→'));
    const options = ['座位数量', '开放时间', '电子资源', '空调照明', '网络', '借阅规则'];
    const score = (o: string) => rankings.reduce((s, r) => s + (r.includes(o) ? 6 - r.indexOf(o) : 0), 0) / rankings.length;
    const expected = [...options].sort((a, b) => score(b) - score(a));
    const rows = grid('priorities/', 'priorities');
    expect(rows.map((r) => r.heading)).toEqual(expected);
    for (const r of rows) {
      expect(r.cells[0]).toBe(score(r.heading).toFixed(2));
      expect(r.cells.slice(2).map(Number)).toEqual([0, 1, 2].map((p) => rankings.filter((x) => x[p] === r.heading).length));
    }
    expect(rows[0]!.heading).toBe('座位数量');
    expect(rows[0]!.cells[0]).toBe('3.72');
  });

  it('counts matrix rows: each option\'s count and share of the row\'s answers', () => {
    const rows = grid('use/', 'channels');
    const lecture = cells('6(讲座信息)').filter((c) => c !== '(空)').map((c) => c.split('┋'));
    expect(rows[0]!.cells.at(-1)).toBe(String(lecture.length));
    const wechat = lecture.filter((c) => c.includes('微信公众号')).length;
    expect(rows[0]!.cells[0]).toBe(`${wechat}（${pct(wechat, lecture.length)}）`);
    const single = grid('use/', 'frequency');
    const weekly = cells('5(借阅图书)').filter((c) => c === '每周多次').length;
    expect(single[0]!.cells[0]).toBe(`${weekly}（${pct(weekly, 160)}）`);
  });

  it('draws a Likert chart with the middle point centred, and offers each table as CSV', () => {
    const figure = page(readerDist, 'satisfaction/').getElementById('aspects')!;
    expect(figure.querySelector('.chart svg')!.getAttribute('role')).toBe('img');
    expect(figure.querySelector('.chart svg')!.getAttribute('aria-label')).toBe('表 2 读者对图书馆各方面的评价的分布图（左侧为低分选项，右侧为高分选项），数值见表 2');
    // Each side's total is written at the ends of its bar: 服务态度 has 3.13% disagreeing and 68.75% agreeing.
    const ends = [...figure.querySelectorAll('.chart svg text')].map((t) => t.textContent);
    expect(ends).toEqual(expect.arrayContaining(['3.13%', '68.75%']));
    expect([...figure.querySelectorAll('.likert-legend li')].map((li) => li.textContent)).toEqual(['非常不同意', '不同意', '一般', '同意', '非常同意']);
    const csv = readFileSync(join(readerDist, 'data/q7.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n');
    expect(csv[0]).toBe('选项,平均综合得分,综合排名,第 1 位,第 2 位,第 3 位');
    expect(csv[1]).toMatch(/^座位数量,3\.72,/);
  });

  it('prints the questionnaire as the platform does: matrices as grids, the ranking with how many to rank', () => {
    const q = page(readerDist, 'appendix/');
    const matrix = q.querySelector('#q3 table')!;
    expect([...matrix.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['非常不同意', '不同意', '一般', '同意', '非常同意', '不适用']);
    expect([...matrix.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(aspects);
    expect(q.querySelector('#q7 .question-condition')!.textContent).toBe('请选出 3 项并排序');
    expect(q.querySelector('#q2 .question-type')!.textContent).toBe('［量表题］');
  });

  it('checks its statements about means, order, top-2-box and 平均综合得分, and --strict refuses a false one', () => {
    const { status, output } = JSON.parse(readFileSync(falseClaimBuild, 'utf8')) as { status: number; output: string };
    expect(status).not.toBe(0);
    expect(output).toContain('表述核对：4 条数据表述，1 条与数据不符。');
    expect(output).toContain('不成立  test-results/example/reader-false-claim/content/chapters/01-satisfaction.mdx:17  读者评价最高的是服务态度，其次是馆藏资源和开放时间；【六成以上的读者认可馆员的服务态度】。');
    expect(output).toContain('数据现为：第 3 题「服务态度」前两项占比 68.75%（低于所写的 90%）');
    expect(output).toContain('--strict：1 条表述与数据不符（见上），请修改表述或数据。');
    expect(existsSync(`${falseClaimRoot}/dist`)).toBe(false);
  });

  it('is valid HTML on every page (W3C Nu Html Checker)', () => {
    expect(nuErrors(readerDist, builtHtmlFiles(readerDist))).toEqual([]);
  });
});
