/**
 * A build from another response file recomputes every figure. The expected
 * values are counted straight from the second file's cells (tests/helpers/rawTally.ts),
 * not with the analysis functions the site uses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { questionnaire } from '../helpers/questionnaire.ts';
import { byLabel, rawTally } from '../helpers/rawTally.ts';
import { altRows, badBuildRecord, dist2023, distAlt, numberedTables, page, readTable, type BadBuild } from './builds.ts';

const raw = altRows();
const alt = rawTally(raw, questionnaire);
const closedQuestions = questionnaire.questions.filter((q) => q.options).map((q) => q.number);
const text = (doc: Document) => doc.querySelector('article')!.textContent!.replace(/\s+/g, '');
const rowsOf = (n: number) => alt.table(n);
/** A table's rows without their group, sorted by label: what the raw tally can be compared with. */
const content = (rows: readonly { label: string; count: number; percent: string }[]) => byLabel(rows.map(({ label, count, percent }) => ({ label, count, percent })));
/** Counts fall from the top of a table down, within each group; an exclusive "none" option may close it. */
const ranked = (rows: readonly { label: string; count: number; group?: string }[], n: number) => {
  const none = questionnaire.questions[n - 1]!.options!.find((o) => o.exclusive);
  const body = rows.filter((r) => r.label !== (none?.label ?? none?.text));
  body.forEach((r, i) => {
    if (i > 0 && body[i - 1]!.group === r.group) expect(r.count).toBeLessThanOrEqual(body[i - 1]!.count);
  });
};

describe('a build from another valid response file', () => {
  it('is a different file with fewer responses', () => {
    expect(alt.total).toBeGreaterThan(50);
    expect(text(page(distAlt, 'results'))).toContain(`共收回${alt.total}份有效问卷`);
    expect(text(page(distAlt, 'acknowledgements'))).toContain(`衷心感谢${alt.total}家全国高校图书馆`);
  });

  it('prints every numbered table from the new data, and every one differs from the 2023 build', () => {
    const altTables = numberedTables(page(distAlt, 'results'));
    const oldTables = numberedTables(page(dist2023, 'results'));
    const questions = [4, 5, 9, 10, 13, 16, 18, 19, 21, 26, 29];
    questions.forEach((n, i) => {
      const rows = readTable(altTables[i]!).rows;
      expect(content(rows)).toEqual(content(rowsOf(n)));
      ranked(rows, n);
      expect(rows).not.toEqual(readTable(oldTables[i]!).rows);
    });
  });

  it('redraws every chart: the bar charts’ bars and labels follow the new figures', () => {
    const altCharts = [...page(distAlt, 'appendix-tables').querySelectorAll('figure.report-table .chart svg')];
    const oldCharts = [...page(dist2023, 'appendix-tables').querySelectorAll('figure.report-table .chart svg')];
    expect(altCharts).toHaveLength(closedQuestions.length);
    closedQuestions.forEach((n, i) => {
      const shown = [...altCharts[i]!.querySelectorAll('text')].map((x) => x.textContent);
      for (const r of rowsOf(n)) expect(shown).toEqual(expect.arrayContaining([r.label, r.percent]));
      expect(altCharts[i]!.outerHTML).not.toBe(oldCharts[i]!.outerHTML);
    });
  });

  it('prints the correlation matrix and heatmap of the new indices', () => {
    const r = alt.correlations();
    const figure = page(distAlt, 'results').querySelector('#correlation')!;
    const cells = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(cells).toEqual(r.map((row) => row.map((x) => x.toFixed(2))));
    // On the second file every pair is at least 0.72 (0.76, 0.72, 0.75): the contract's 较强 from 0.7.
    expect(Math.min(...r.flatMap((row, i) => row.slice(i + 1)))).toBeGreaterThanOrEqual(0.7);
    expect(text(page(distAlt, 'results'))).toContain('两两之间都存在较强的正相关关系');
    const heat = [...figure.querySelectorAll('.chart svg text')].map((t) => t.textContent);
    for (const row of r) for (const x of row) expect(heat).toContain(x.toFixed(2));
    expect(readFileSync(resolve(distAlt, 'data/indices-correlation.csv'), 'utf8').split('\n')[1]).toBe(`${questionnaire.indices[0]!.name},${r[0]!.map((x) => x.toFixed(2)).join(',')}`);
  });

  it('recomputes every inline figure and the library list', () => {
    const body = text(page(distAlt, 'results'));
    const pct = (n: number, label: string) => rowsOf(n).find((r) => r.label === label)!.percent;
    expect(body).toContain(`${pct(6, '不同学科的师生')}的高校馆针对不同学科的师生开设相应服务，${pct(6, '校友')}的高校馆设有校友服务`);
    expect(body).toContain(`比例分别为${pct(6, '本科新生')}和${pct(6, '研究生新生')}`);
    const stage4 = rowsOf(28).find((r) => r.label === '已形成系统规划并全面开展工作')!;
    // The named libraries: the rows at that stage, in the order file's order, any others after in Chinese collation.
    const stages = alt.column(28);
    const libraries = alt.column(3);
    const atStage = libraries.filter((_, k) => stages[k] === '已形成系统规划并全面开展工作');
    const order = readFileSync(resolve('data/library-order.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter(Boolean);
    const names = [...order.filter((n) => atStage.includes(n)), ...atStage.filter((n) => !order.includes(n)).sort((a, b) => a.localeCompare(b, 'zh-CN'))];
    expect(names).toHaveLength(stage4.count);
    expect(body).toContain(`${stage4.count}家高校馆已形成系统规划并全面推进用户关系管理（占比${stage4.percent}），分别是${names.join('、')}`);
    expect(body).toContain(`${pct(28, '已开展部分工作')}的高校馆虽尚未形成系统规划但已开展部分工作`);
    const conclusion = text(page(distAlt, 'conclusion'));
    // 62 of 91 (68.13%) use seven channels or more; 45 of 91 (49.45%) offer more than 19 services: under half, where 2023 had over half.
    expect([alt.atLeast(4, 7).count, alt.atLeast(9, 20).count, alt.total]).toEqual([62, 45, 91]);
    expect(conclusion).toContain('超过60%的高校馆采用了7种以上的传播渠道');
    expect(conclusion).toContain('不足半数高校馆提供超过19种的多元服务');
  });

  it('writes every download from the new data', () => {
    for (const n of closedQuestions) {
      const rows = csvParseRows(readFileSync(resolve(distAlt, `data/q${n}.csv`), 'utf8')).slice(1);
      expect(content(rows.map((r) => ({ label: r.at(-3)!, count: Number(r.at(-2)), percent: r.at(-1)! })))).toEqual(content(rowsOf(n)));
    }
  });
});

describe('a build from a broken response file', () => {
  const record: BadBuild = JSON.parse(readFileSync(badBuildRecord, 'utf8'));
  it('stops with the validator’s message naming row, column and value, and no stack trace', () => {
    expect(record.status).not.toBe(0);
    expect(record.output).toMatch(/第 \d+ 行（序号 3）/);
    expect(record.output).toContain('9、目前贵馆提供了以下哪些类型的服务？');
    expect(record.output).toContain('资源推荐');
    expect(record.output).toContain('dist-2023/ 保持原样');
    expect(record.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
  it('leaves the previous site exactly as it was', () => {
    expect(Object.keys(record.before).length).toBeGreaterThan(30);
    expect(record.after).toEqual(record.before);
  });
});
