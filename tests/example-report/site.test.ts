/**
 * A second, deliberately different report built from its folder: another
 * title, 11 questions, two indices, the stage question at 题4, a grouped table,
 * no library list. Its pages must show its own data and nothing of the 2023 report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberedTables, page, readTable } from '../site-build/builds.ts';
import { builtHtmlFiles, nuErrors } from '../helpers/nuChecker.ts';
import { count, exampleDist, noRoleBuild, pearson, percent, picks, serviceIndex, supportIndex, total } from './example.ts';

const r = pearson(serviceIndex, supportIndex);

/** Every text file of the built site, joined. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|csv|xml|txt)$/.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('the example report', () => {
  it('has its own title page and headline cards', () => {
    const home = page(exampleDist, '');
    expect(home.querySelector('h1')!.textContent).toBe('社区书房运营状况调查报告（示例版）');
    expect(home.querySelector('.home-authors')!.textContent).toBe('编写组：示例作者甲　示例作者乙');
    const cards = [...home.querySelectorAll('.highlights li')].map((li) => li.textContent!.replace(/\s+/g, ''));
    const stable = count(4, '稳定运营');
    expect(cards).toEqual([
      `${total}份有效问卷（参与示例调查的社区书房）`,
      `${stable}家书房已进入稳定运营阶段（${percent(stable)}）`,
      `${r.toFixed(2)}服务丰富度与运营保障两项指数的相关系数`,
    ]);
    expect(home.querySelector('title')!.textContent).toBe('社区书房运营状况调查报告（示例版）');
  });

  it('says its data are made up without presuming a published report', () => {
    const home = page(exampleDist, '');
    const said = home.querySelector('footer')!.textContent!.replace(/\s+/g, '');
    expect(said).toContain('随附的答卷文件是合成数据，并非2024年示例调查的真实答卷，其中的数字只用于演示，不描述任何真实情况。');
    expect(said).not.toContain('已发布');
  });

  it('lists the stage question (题4) in questionnaire order, with counts and shares from the file', () => {
    const [stages] = numberedTables(page(exampleDist, 'overview/'));
    const table = readTable(stages!);
    expect(table.caption).toBe('表 1 书房运营阶段');
    expect(table.rows).toEqual(['筹备中', '试运营', '稳定运营', '扩展运营'].map((label) => ({ label, count: count(4, label), percent: percent(count(4, label)) })));
  });

  it('ranks a multiple-choice table by count, 其他 apart', () => {
    const tables = numberedTables(page(exampleDist, 'services/'));
    const services = readTable(tables[0]!);
    expect(services.caption).toBe('表 2 书房提供的阅读服务');
    const ranked = ['图书借阅', '亲子阅读活动', '读书会', '讲座与展览', '数字阅读'].map((label) => ({ label, count: count(3, label), percent: percent(count(3, label)) }));
    ranked.sort((a, b) => b.count - a.count);
    expect(services.rows).toEqual(ranked);
  });

  it('groups a table by the questionnaire’s groups', () => {
    const support = readTable(numberedTables(page(exampleDist, 'services/'))[1]!);
    expect(support.caption).toBe('表 3 书房的运营保障');
    expect(support.groups).toEqual(['经费保障', '人员保障']);
    const inGroup = (group: string, options: string[]) =>
      options.map((label) => ({ label, count: count(5, label), percent: percent(count(5, label)), group })).sort((a, b) => b.count - a.count);
    expect(support.rows).toEqual([...inGroup('经费保障', ['财政拨款', '社会捐助', '场地免租']), ...inGroup('人员保障', ['专职管理员', '志愿者团队', '兼职管理员'])]);
  });

  it('draws a 2×2 correlation matrix and heatmap of its two indices', () => {
    const doc = page(exampleDist, 'indices/');
    const figure = doc.querySelector('figure#correlation')!;
    expect(figure.querySelector('caption')!.textContent!.replace(/\s+/g, ' ')).toBe('表 4 两项指数的相关度');
    const cells = [...figure.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([['1.00', r.toFixed(2)], [r.toFixed(2), '1.00']]);
    expect([...figure.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['服务丰富度指数', '运营保障指数']);
    const svg = figure.querySelector('.heatmap svg')!;
    expect(svg.querySelectorAll('rect')).toHaveLength(4);
    expect(svg.getAttribute('aria-label')).toBe('表 4 两项指数的相关度的热力图，数值见表 4');
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toContain(r.toFixed(2));
    expect(figure.querySelector('.table-notes')!.textContent).toContain(`基于全部 ${total} 份有效问卷的两项复合指数`);
  });

  it('computes its inline figures', () => {
    const text = (path: string) => page(exampleDist, path).querySelector('article')!.textContent!.replace(/\s+/g, '');
    const stable = count(4, '稳定运营');
    expect(text('overview/')).toContain(`共收回${total}份有效问卷`);
    expect(text('overview/')).toContain(`已进入稳定运营阶段的书房有${stable}家，占${percent(stable)}；处于扩展运营阶段的有${count(4, '扩展运营')}家。`);
    const atLeastThree = picks(3).filter((p) => p.length >= 3).length;
    expect(text('services/')).toContain(`${percent(count(3, '亲子阅读活动'))}的书房开展亲子阅读活动，${percent(atLeastThree)}的书房提供三种及以上的阅读服务`);
    expect(text('services/')).toContain(`${percent(count(5, '志愿者团队'))}的书房有志愿者团队`);
    // r is about 0.18 on this file: positive, below the 0.4 that the contract calls 中等程度.
    expect(r).toBeGreaterThan(0);
    expect(r).toBeLessThan(0.4);
    expect(text('indices/')).toContain('两项指数之间存在较弱的正相关关系');
  });

  it('compares the last stage with the others on both indices', () => {
    const stages = picks(4).map((p) => p[0]);
    const mean = (v: number[], keep: (i: number) => boolean) => {
      const xs = v.filter((_, i) => keep(i));
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    // On this file the 扩展运营 stage averages 7.5 and 5.5 against 5.86 and 4.86 for the rest: higher on both.
    for (const v of [serviceIndex, supportIndex]) expect(mean(v, (i) => stages[i] === '扩展运营')).toBeGreaterThan(mean(v, (i) => stages[i] !== '扩展运营'));
    expect(page(exampleDist, 'indices/').querySelector('article')!.textContent).toContain('两项指数都高于');
  });

  it('offers the downloads its questionnaire has, and links citations to its own references', () => {
    const csv = (name: string) => readFileSync(resolve(exampleDist, 'data', name), 'utf8').replace(/^\uFEFF/, '');
    expect(csv('indices-correlation.csv').split('\n')[0]).toBe(',服务丰富度指数,运营保障指数');
    expect(csv('q5.csv').split('\n')[0]).toBe('类别,选项,书房数量,比例');
    expect(readdirSync(resolve(exampleDist, 'data')).sort()).toEqual(['indices-correlation.csv', 'q10.csv', 'q3.csv', 'q4.csv', 'q5.csv', 'q6.csv', 'q8.csv', 'q9.csv']);
    const cite = page(exampleDist, 'overview/').querySelector('sup.cite a')!;
    expect(cite.getAttribute('href')).toBe('/references/#ref-1');
  });

  it('is valid HTML on every page (W3C Nu Html Checker)', () => {
    const files = builtHtmlFiles(exampleDist);
    expect(files.length).toBe(9);
    expect(nuErrors(exampleDist, files)).toEqual([]);
  });

  it('says nothing of the 2023 report', () => {
    const text = allText(exampleDist);
    for (const word of ['用户关系管理', '指南针', '高校图书馆', '用户受益指数', '2023']) expect(text, word).not.toContain(word);
  });

  it('stops with the file and line when a chapter asks for a role its questionnaire does not have', () => {
    const { status, output } = JSON.parse(readFileSync(noRoleBuild, 'utf8')) as { status: number; output: string };
    expect(status).toBe(1);
    expect(output).toContain('content/chapters/99-names.mdx:7 <LibrariesAtStage>：问卷没有填写单位名称的题（data/questionnaire.json 中没有 "role": "name" 的题），无法列出名单');
    expect(output).not.toMatch(/^\s+at /m);
  });
});
