/**
 * The files of a series site that sit outside the editions, and so may
 * change when an edition is added: the series home, one "其他版本" page per
 * page and per question of each edition, and `series.css`, which shows the
 * "有新版本" banner on every edition but the latest. Edition pages link to
 * these by paths they know on their own; they never list other editions.
 */
import type { Report } from '../../report/report.ts';
import { chapterSlug } from '../../publish/links.ts';
import { linkedQuestion } from '../linkedQuestion.ts';
import type { Series } from '../series.ts';
import { editionBase } from '../editionReport.ts';
import { html, type Raw } from './html.ts';

/** An edition as built: its report, its pages (paths relative to the edition, `''` for its home) with their titles, and its stylesheets. */
export interface BuiltEdition {
  report: Report;
  pages: ReadonlyMap<string, string>;
  stylesheets: readonly string[];
}

export interface SeriesFile {
  /** Relative to the series site's root. */
  path: string;
  text: string;
}

/** Where an edition's "其他版本" page for its page `page` is, relative to the series root. */
export function switchPagePath(editionId: string, page: string): string {
  return `editions/${editionId}/${page}`;
}

/** Where an edition's "其他版本" page for its question `question` is, relative to the series root. */
export function questionSwitchPath(editionId: string, question: number): string {
  return `editions/${editionId}/q${question}/`;
}

function page(base: string, title: string, description: string, stylesheets: readonly string[], body: Raw): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${stylesheets.map((href) => html`<link rel="stylesheet" href="${href}">\n`)}</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<header class="site-header"><a class="site-title" href="${base}">${title}<small>报告系列</small></a></header>
<main id="main" tabindex="-1" class="page series-page">
${body}
</main>
<footer class="site-footer"><p>每一版保持发布时的样子；新版中与上一版的比较只涉及前后对应的题目，并给出 95% 置信区间。</p></footer>
</body>
</html>
`.raw;
}

/** What changed in edition `i`'s questionnaire from the previous one, in one sentence. */
function changeSummary(series: Series, built: readonly BuiltEdition[], i: number): string {
  const { links } = series.editions[i]!;
  const previous = series.editions[i - 1]!;
  const numbers = built[i]!.report.questionnaire.questions.map((q) => q.number);
  const added = numbers.filter((n) => !links.has(n));
  const continued = new Set([...links.values()].map((l) => l.continues));
  const dropped = built[i - 1]!.report.questionnaire.questions.map((q) => q.number).filter((n) => !continued.has(n));
  const reworded = [...links.values()].filter((l) => l.reworded).length;
  const parts = [`延续 ${links.size} 题${reworded ? `（其中 ${reworded} 题题干有调整）` : ''}`];
  if (added.length) parts.push(`新增第 ${added.join('、')} 题`);
  if (dropped.length) parts.push(`删去上一版第 ${dropped.join('、')} 题`);
  return `与 ${previous.label} 相比：${parts.join('，')}。`;
}

function home(series: Series, built: readonly BuiltEdition[], base: string, stylesheets: readonly string[]): string {
  const items = series.editions.map((e, i) => {
    const { meta, total, description } = built[i]!.report;
    const latest = i === series.editions.length - 1;
    return html`<li class="edition-card">
<h2><a href="${editionBase(base, e.id)}">${e.label}</a>${latest ? html` <span class="edition-latest">最新</span>` : ''}</h2>
<p class="edition-title">${meta.fullTitle}</p>
<p>${meta.description}</p>
<p class="edition-facts">有效问卷 ${total} ${meta.measureWord}${description?.synthetic ? '（合成数据）' : ''}</p>
${i > 0 ? html`<p class="edition-changes">${changeSummary(series, built, i)}</p>\n` : ''}</li>
`;
  });
  const body = html`<h1>${series.title}</h1>
<p class="lead">本系列共 ${series.editions.length} 版，新版在前。在任一版的页面上都可以跳到其他版本中的同一章或同一道题。</p>
<ol class="edition-list" reversed>
${items.reverse()}</ol>`;
  return page(base, series.title, `${series.title}：各版报告`, stylesheets, body);
}

/** Links to page `path` of edition `from` in every edition: the same page where the edition has it, else its home. */
function pageSwitch(series: Series, built: readonly BuiltEdition[], base: string, stylesheets: readonly string[], from: number, path: string): string {
  const title = built[from]!.pages.get(path)!;
  const items = series.editions.map((e, j) => {
    const has = built[j]!.pages.has(path);
    const href = editionBase(base, e.id) + (has ? path : '');
    const note = j === from ? '（您来自这一版）' : has ? '' : '（这一版没有这一页，前往首页）';
    return html`<li><a href="${href}">${e.label}：${has ? built[j]!.pages.get(path)! : built[j]!.report.meta.fullTitle}</a>${note}</li>\n`;
  });
  return page(base, `其他版本 · ${series.title}`, `「${title}」在${series.title}各版本中的对应页面`, stylesheets, html`<h1>其他版本</h1>
<p>「${title}」在各版本中：</p>
<ul class="edition-links">
${items}</ul>`);
}

/** Where edition `j` tabulates question `q`: its chapter page and the table's anchor, or undefined. */
function tableOf(report: Report, q: number): string | undefined {
  const el = [...report.outline.numbered.values()].find((x) => x.question === q);
  return el && `${chapterSlug(el.chapter)}/#${el.id}`;
}

/** Links to question `q` of edition `from` in every edition where a linked question has a table. */
function questionSwitch(series: Series, built: readonly BuiltEdition[], base: string, stylesheets: readonly string[], from: number, q: number): string {
  const text = built[from]!.report.questionnaire.questions.find((x) => x.number === q)!.text;
  const items = series.editions.map((e, j) => {
    const linked = linkedQuestion(series, from, q, j);
    const table = linked === undefined ? undefined : tableOf(built[j]!.report, linked);
    const note = j === from ? '（您来自这一版）' : '';
    if (linked === undefined) return html`<li>${e.label}：没有与之对应的题目</li>\n`;
    if (!table) return html`<li>${e.label}：第 ${linked} 题（这一版没有它的表格）</li>\n`;
    return html`<li><a href="${editionBase(base, e.id) + table}">${e.label}：第 ${linked} 题的表格</a>${note}</li>\n`;
  });
  return page(base, `其他版本中的第 ${q} 题 · ${series.title}`, `${series.editions[from]!.label}第 ${q} 题在各版本中的对应题目`, stylesheets, html`<h1>其他版本中的这道题</h1>
<p>${series.editions[from]!.label}第 ${q} 题「${text}」在各版本中：</p>
<ul class="edition-links">
${items}</ul>`);
}

/** The CSS that shows the banner on every edition but the latest. */
function seriesCss(series: Series): string {
  const older = series.editions.slice(0, -1).map((e) => `html[data-edition="${e.id}"] .newer-edition`);
  return `/* 由 npm run build 按 series.json 生成：除最新一版外，各版页面显示“有新版本”。 */\n${older.length ? `${older.join(',\n')} {\n  display: block;\n}\n` : ''}`;
}

/** Every file of the series site outside the editions' own folders. */
export function seriesFiles(series: Series, built: readonly BuiltEdition[], base: string): SeriesFile[] {
  const stylesheets = built.at(-1)!.stylesheets;
  const files: SeriesFile[] = [{ path: 'index.html', text: home(series, built, base, stylesheets) }, { path: 'series.css', text: seriesCss(series) }];
  series.editions.forEach((e, i) => {
    for (const path of built[i]!.pages.keys()) files.push({ path: `${switchPagePath(e.id, path)}index.html`, text: pageSwitch(series, built, base, stylesheets, i, path) });
    for (const q of built[i]!.report.questionnaire.questions) files.push({ path: `${questionSwitchPath(e.id, q.number)}index.html`, text: questionSwitch(series, built, base, stylesheets, i, q.number) });
  });
  return files;
}
