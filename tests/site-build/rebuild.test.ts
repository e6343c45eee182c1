import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { loadDataset } from '../../src/survey/loadDataset.ts';
import { frequencyTable } from '../../src/survey/analysis/frequencyTable.ts';
import { compositeIndices } from '../../src/survey/analysis/compositeIndices.ts';
import { correlationMatrix } from '../../src/survey/analysis/correlationMatrix.ts';
import { librariesAtStage } from '../../src/survey/analysis/librariesAtStage.ts';
import { readLibraryOrder } from '../../src/survey/read/readLibraryOrder.ts';
import { shareSelectingAtLeast } from '../../src/survey/analysis/shareOfLibraries.ts';
import { correlationPhrase, halfPhrase, moreThanPercentTens } from '../../src/site/phrases.ts';
import { closedQuestions } from '../../src/site/report.ts';
import type { SurveyResponse } from '../../src/survey/types.ts';
import { altData, badBuildRecord, dist2023, distAlt, numberedTables, page, readTable, type BadBuild } from './builds.ts';

let alt: SurveyResponse[];
beforeAll(async () => {
  const loaded = await loadDataset(altData);
  if (!loaded.ok) throw new Error('the second data file should be valid');
  alt = loaded.dataset.responses;
});

const text = (doc: Document) => doc.querySelector('article')!.textContent!.replace(/\s+/g, '');
const rowsOf = (n: number) => frequencyTable(alt, n).rows.map((r) => ({ label: r.label, count: r.count, percent: r.percent, ...(r.group ? { group: r.group } : {}) }));

describe('a build from another valid response file', () => {
  it('is a different file with fewer responses', () => {
    expect(alt.length).toBeGreaterThan(50);
    expect(text(page(distAlt, 'results'))).toContain(`共收回${alt.length}份有效问卷`);
    expect(text(page(distAlt, 'acknowledgements'))).toContain(`衷心感谢${alt.length}家全国高校图书馆`);
  });

  it('prints every numbered table from the new data, and every one differs from the 2023 build', () => {
    const altTables = numberedTables(page(distAlt, 'results'));
    const oldTables = numberedTables(page(dist2023, 'results'));
    const questions = [4, 5, 9, 10, 13, 16, 18, 19, 21, 26, 29];
    questions.forEach((n, i) => {
      expect(readTable(altTables[i]!).rows).toEqual(rowsOf(n));
      expect(readTable(altTables[i]!).rows).not.toEqual(readTable(oldTables[i]!).rows);
    });
  });

  it('redraws every chart: the bar charts’ bars and text alternatives follow the new figures', () => {
    const altCharts = [...page(distAlt, 'appendix-tables').querySelectorAll('figure.report-table .chart svg')];
    const oldCharts = [...page(dist2023, 'appendix-tables').querySelectorAll('figure.report-table .chart svg')];
    expect(altCharts).toHaveLength(closedQuestions.length);
    closedQuestions.forEach((n, i) => {
      const label = altCharts[i]!.getAttribute('aria-label')!;
      for (const r of rowsOf(n)) expect(label).toContain(`${r.label} ${r.percent}`);
      expect(altCharts[i]!.outerHTML).not.toBe(oldCharts[i]!.outerHTML);
    });
  });

  it('prints the correlation matrix and heatmap of the new indices', () => {
    const m = correlationMatrix(alt.map(compositeIndices));
    const figure = page(distAlt, 'results').querySelector('#correlation')!;
    const cells = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    expect(cells).toEqual(m.r.map((row) => row.map((r) => r.toFixed(2))));
    expect(text(page(distAlt, 'results'))).toContain(`两两之间${correlationPhrase(m.r.flatMap((row, i) => row.slice(i + 1)))}`);
    const heat = [...figure.querySelectorAll('.chart svg text')].map((t) => t.textContent);
    for (const row of m.r) for (const r of row) expect(heat).toContain(r.toFixed(2));
    expect(readFileSync(resolve(distAlt, 'data/indices-correlation.csv'), 'utf8').split('\n')[1]).toBe(`用户受益指数,${m.r[0]!.map((r) => r.toFixed(2)).join(',')}`);
  });

  it('recomputes every inline figure and the library list', async () => {
    const body = text(page(distAlt, 'results'));
    const pct = (n: number, label: string) => rowsOf(n).find((r) => r.label === label)!.percent;
    expect(body).toContain(`${pct(6, '不同学科的师生')}的高校馆针对不同学科的师生开设相应服务，${pct(6, '校友')}的高校馆设有校友服务`);
    expect(body).toContain(`比例分别为${pct(6, '本科新生')}和${pct(6, '研究生新生')}`);
    const stage4 = rowsOf(28).find((r) => r.label === '已形成系统规划并全面开展工作')!;
    const names = librariesAtStage(alt, 3, await readLibraryOrder(resolve('data/library-order.csv')));
    expect(body).toContain(`${stage4.count}家高校馆已形成系统规划并全面推进用户关系管理（占比${stage4.percent}），分别是${names.join('、')}`);
    expect(body).toContain(`${pct(28, '已开展部分工作')}的高校馆虽尚未形成系统规划但已开展部分工作`);
    const conclusion = text(page(distAlt, 'conclusion'));
    expect(conclusion).toContain(`${moreThanPercentTens(shareSelectingAtLeast(alt, 4, 7).share)}的高校馆采用了7种以上的传播渠道`);
    expect(conclusion).toContain(`${halfPhrase(shareSelectingAtLeast(alt, 9, 20).share)}高校馆提供超过19种的多元服务`);
  });

  it('writes every download from the new data', () => {
    for (const n of closedQuestions) {
      const rows = csvParseRows(readFileSync(resolve(distAlt, `data/q${n}.csv`), 'utf8')).slice(1);
      expect(rows.map((r) => r.slice(-3))).toEqual(rowsOf(n).map((r) => [r.label, String(r.count), r.percent]));
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
