/**
 * A valid response file made from the shipped sample where several rankings
 * flip: 题10 gains 30 × 邀请师生代表参与服务设计 (79 → 109, second place),
 * 题29 gains 10 × 资金欠缺 (81 → 91, second place), 题19 gains 7 × 邮件
 * (109 → 116, third place). Nothing else changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';

const additions: { question: number; option: string; rows: number; unless?: string }[] = [
  { question: 10, option: '邀请师生代表参与服务设计', rows: 30, unless: '尚未开展相关工作' },
  { question: 29, option: '资金欠缺', rows: 10 },
  { question: 19, option: '邮件', rows: 7 },
];

/** The sample's header and rows with `option` ticked in the first `rows` responses of `question` that lack it. */
export function flippedSampleCsv(): string {
  const [header, ...rows] = csvParseRows(readFileSync(resolve('data/responses.csv'), 'utf8').replace(/^\uFEFF/, ''));
  for (const { question, option, rows: n, unless } of additions) {
    const col = header!.findIndex((h) => h.startsWith(`${question}、`));
    let left = n;
    for (const row of rows) {
      const picks = row[col]!.split('┋').filter(Boolean);
      if (left === 0 || picks.includes(option) || (unless && picks.includes(unless))) continue;
      row[col] = [...picks, option].join('┋');
      left--;
    }
    if (left > 0) throw new Error(`sample has too few responses without ${option}`);
  }
  return `${csvFormatRows([header!, ...rows])}\n`;
}

/** Writes the flipped file to `path`. */
export function writeFlippedSample(path: string): string {
  writeFileSync(path, flippedSampleCsv());
  return path;
}
