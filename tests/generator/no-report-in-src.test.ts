/**
 * The code knows no report: no tracked file under src/ names anything of the
 * 2023 report. The words come from the report's own folder (its metadata and
 * questionnaire), so the list follows the content rather than a copy of it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const meta = JSON.parse(readFileSync('content/report.json', 'utf8')) as Record<string, unknown>;
const questionnaire = JSON.parse(readFileSync('data/questionnaire.json', 'utf8')) as {
  title: string;
  indices: { name: string }[];
  questions: { text: string; options?: { text: string; label?: string }[]; groups?: string[] }[];
};

// Short texts (是, 其他, 校友) are ordinary words; four characters and more name the report. Names are always the report's.
const longTexts = [
  ...Object.values(meta).filter((v): v is string => typeof v === 'string'),
  questionnaire.title,
  ...questionnaire.indices.map((ix) => ix.name),
  ...questionnaire.questions.flatMap((q) => [q.text, ...(q.groups ?? []), ...(q.options ?? []).flatMap((o) => [o.text, o.label ?? ''])]),
].filter((w) => w.length >= 4);
const reportWords = [...longTexts, ...(meta.authors as string[]), '2023', '指南针'];

const sources = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('src/ names nothing of the 2023 report', () => {
  it('has words to look for', () => {
    expect(reportWords).toContain('用户受益指数');
    expect(reportWords.length).toBeGreaterThan(200);
  });

  it.each(sources)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(reportWords.filter((w) => text.includes(w))).toEqual([]);
  });
});
