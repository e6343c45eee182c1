import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { publishedCorrelations, publishedOptionShares, publishedStageFourLibraries, publishedStages, publishedTables, publishedTotal } from '../../scripts/sample/published-2023.ts';
import { questionnaire } from '../helpers/questionnaire.ts';
import { byLabel, parseRaw, rawTally } from '../helpers/rawTally.ts';
import { dist2023, numberedTables, page, readTable } from './builds.ts';

const results = page(dist2023, 'results');
const text = (doc: Document) => doc.querySelector('article')!.textContent!.replace(/\s+/g, '');

describe('the 2023 build publishes the report’s tables', () => {
  const tables = numberedTables(results);

  it('numbers 表1–表12 in reading order, with the report’s titles', () => {
    expect(tables.map((f) => readTable(f).caption.replace(/^表 (\d+) /, '表$1 '))).toEqual([
      ...publishedTables.map((t) => t.table),
      '表12 用户关系管理三要素相关度矩阵',
    ]);
  });

  it.each(publishedTables.map((t, i) => [t.table, i] as const))('%s: every row’s label, count and percentage, in the published order', (_, i) => {
    const expected = publishedTables[i]!;
    expect(readTable(tables[i]!).rows).toEqual(expected.rows);
  });

  it('表12: the correlation matrix at two decimals, beside its heatmap', () => {
    const figure = tables[11]!;
    const cells = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    const { benefitTrust: bt, benefitParticipation: bp, trustParticipation: tp } = publishedCorrelations;
    expect(cells).toEqual([['1.00', bt, bp], [bt, '1.00', tp], [bp, tp, '1.00']]);
    const svg = figure.querySelector('.chart svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(expect.arrayContaining([bt, bp, tp]));
  });

  it('each table has a bar chart showing its rows and percentages, whose text alternative points to the table, and a CSV link', () => {
    for (const [i, t] of publishedTables.entries()) {
      const figure = tables[i]!;
      const svg = figure.querySelector('.chart svg')!;
      const shown = [...svg.querySelectorAll('text')].map((x) => x.textContent);
      for (const row of t.rows) expect(shown).toEqual(expect.arrayContaining([row.label, row.percent]));
      const number = figure.querySelector('caption .table-number')!.textContent;
      expect(svg.getAttribute('aria-label')).toMatch(new RegExp(`^${number} .+的条形图，数值见${number}$`));
      expect(figure.querySelector('a[download]')!.getAttribute('href')).toBe(`/data/q${t.question}.csv`);
    }
  });

  it('图1 is the theory framework, numbered and referred to from chapter 3', () => {
    const framework = page(dist2023, 'framework');
    expect(framework.querySelector('#framework figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('图 1 高校图书馆用户关系管理理论框架');
    expect(framework.querySelector('a.xref[href="#framework"]')?.textContent).toBe('图 1');
    expect(text(framework)).toContain('基础层');
  });

  it('cross-references follow the numbering', () => {
    const refs = [...results.querySelectorAll('a.xref')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(refs).toContainEqual(['表 1', '#channels']);
    expect(refs).toContainEqual(['表 12', '#correlation']);
  });
});

describe('the 2023 build’s inline figures', () => {
  const body = text(results);
  it('题6 shares in 4.1.1 and 4.1.2', () => {
    const share = (label: string) => publishedOptionShares.find((s) => s.label === label)!.percent;
    expect(body).toContain(`${share('不同学科的师生')}的高校馆针对不同学科的师生开设相应服务，${share('校友')}的高校馆设有校友服务`);
    expect(body).toContain(`比例分别为${share('本科新生')}和${share('研究生新生')}`);
  });
  const [stage4, stage3] = publishedStages;
  it('4.4.1: N 家 at stage 4 with their share, named in the report’s order, and the share at stage 3', () => {
    expect(body).toContain(`${stage4!.count}家高校馆已形成系统规划并全面推进用户关系管理（占比${stage4!.percent}），分别是${publishedStageFourLibraries.join('、')}`);
    expect(body).toContain(`${stage3!.percent}的高校馆虽尚未形成系统规划但已开展部分工作`);
  });
  it('4.5: the indices correlate strongly, pair by pair', () => {
    expect(body).toContain('“用户受益指数”“用户信任指数”和“用户参与指数”两两之间都存在较强的正相关关系');
  });
  it('4.5: the stage-4 libraries score higher on all three indices', () => {
    expect(body).toContain(`的${stage4!.count}家高校馆，在三个指数方面的表现都高于处于其他阶段的高校馆`);
  });
  it('5.1: more than 70% use 7 or more channels, more than half offer more than 19 services', () => {
    expect(text(page(dist2023, 'conclusion'))).toContain('超过70%的高校馆采用了7种以上的传播渠道，半数以上高校馆提供超过19种的多元服务');
  });
  it('the number of responses in chapter 4 and 致谢', () => {
    expect(body).toContain(`共收回${publishedTotal}份有效问卷`);
    expect(text(page(dist2023, 'acknowledgements'))).toContain(`衷心感谢${publishedTotal}家全国高校图书馆`);
  });
});

describe('the 2023 build’s downloads', () => {
  // As Excel reads it: the file must start with a UTF-8 byte-order mark, which a BOM-aware decoder drops.
  const csv = (name: string) => {
    const bytes = readFileSync(resolve(dist2023, 'data', name));
    expect([...bytes.subarray(0, 3)], `${name} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder('utf-8').decode(bytes);
  };
  it.each(publishedTables.map((t) => [t.question, t] as const))('data/q%i.csv has one row per table row in display order', (n, t) => {
    const [header, ...rows] = csvParseRows(csv(`q${n}.csv`));
    expect(header!.slice(-3)).toEqual(['选项', '高校馆数量', '比例']);
    expect(rows.map((r) => r.slice(-3))).toEqual(t.rows.map((r) => [r.label, String(r.count), r.percent]));
    if (n === 18) expect(rows.map((r) => r[0])).toEqual(t.rows.map((r) => r.group));
  });
  it('every closed question has a CSV, the appendix numbers them 附表1… apart', () => {
    const appendix = page(dist2023, 'appendix-tables');
    const captions = [...appendix.querySelectorAll('figure.report-table caption')].map((c) => c.textContent!.trim());
    expect(captions).toHaveLength(16);
    expect(captions[0]).toMatch(/^附表 1 第 4 题/);
    expect(captions.at(-1)).toMatch(/^附表 16 第 29 题/);
    // Every closed question's CSV holds, for each option, the count and percentage counted straight from the file's cells.
    const sample = rawTally(parseRaw(readFileSync(resolve('data/responses.csv'), 'utf8')), questionnaire);
    for (const n of [4, 5, 6, 9, 10, 13, 14, 15, 16, 18, 19, 21, 25, 26, 28, 29]) {
      const rows = csvParseRows(csv(`q${n}.csv`)).slice(1).map((r) => ({ label: r.at(-3)!, count: Number(r.at(-2)), percent: r.at(-1)! }));
      expect(byLabel(rows), `q${n}.csv`).toEqual(byLabel(sample.table(n)));
    }
  });
  it('data/indices-correlation.csv', () => {
    const { benefitTrust: bt, benefitParticipation: bp, trustParticipation: tp } = publishedCorrelations;
    expect(csv('indices-correlation.csv')).toBe(`,用户受益指数,用户信任指数,用户参与指数\n用户受益指数,1.00,${bt},${bp}\n用户信任指数,${bt},1.00,${tp}\n用户参与指数,${bp},${tp},1.00\n`);
  });
});
