/**
 * `check-data` and `check-claims` with REPORT_ROOT naming a series folder:
 * every edition by default, one edition with REPORT_EDITION (or the latest
 * when a file is given), a wrong edition named with the series' editions.
 * Figures are counted from the response files' cells here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRaw, rawTally } from '../helpers/rawTally.ts';
import { loadValidQuestionnaire } from '../helpers/questionnaire.ts';

const series = 'examples/reading-series';

function run(cli: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [`src/cli/${cli}.ts`, ...args], { encoding: 'utf-8', env: { ...process.env, REPORT_ROOT: series, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tally = (id: string) => rawTally(parseRaw(readFileSync(join(series, id, 'data/responses.csv'), 'utf8')), loadValidQuestionnaire(join(series, id, 'data/questionnaire.json')));
const [a, b] = [tally('2024'), tally('2025')];

describe('check-data on a series', () => {
  it('checks every edition’s own file against its own questionnaire, each under its heading', () => {
    const r = run('check-data', []);
    expect(r.code).toBe(0);
    const [first, second] = r.out.split(/^—— /m).slice(1);
    expect(first).toMatch(new RegExp(`^2024 版（examples/reading-series/2024/）\\n文件：examples/reading-series/2024/data/responses.csv\\n有效答卷：${a.total} 份`));
    expect(second).toMatch(new RegExp(`^2025 版（examples/reading-series/2025/）\\n文件：examples/reading-series/2025/data/responses.csv\\n有效答卷：${b.total} 份`));
  });

  it('checks a file given against the latest edition, or the one REPORT_EDITION names', () => {
    const own2024 = join(series, '2024/data/responses.csv');
    const latest = run('check-data', [own2024]);
    // 2024's file lacks 2025's new question 7 (and has the dropped one): against 2025's questionnaire it fails.
    expect(latest.code).toBe(1);
    expect(latest.out).toContain('—— 2025 版');
    const named = run('check-data', [own2024], { REPORT_EDITION: '2024' });
    expect(named.code).toBe(0);
    expect(named.out).toContain(`—— 2024 版（examples/reading-series/2024/）\n文件：${own2024}\n有效答卷：${a.total} 份`);
  });

  it('names the series’ editions when REPORT_EDITION names none of them', () => {
    const r = run('check-data', [], { REPORT_EDITION: '2o25' });
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('检查未通过：REPORT_EDITION=2o25：系列中没有这一版；各版为「2024」、「2025」；是否是「2025」？');
  });
});

describe('check-claims on a series', () => {
  it('checks each edition’s statements, the later one’s statements of change beside the earlier edition, quoting the change as the page prints it', () => {
    const r = run('check-claims', []);
    expect(r.code).toBe(0);
    const count = (t: typeof a, label: string) => t.table(2).find((row) => row.label === label)!.count;
    const d = (count(b, '亲子阅读活动') / b.total - count(a, '亲子阅读活动') / a.total) * 100;
    expect(r.out).toContain(`—— 2024 版\n文件：examples/reading-series/2024/data/responses.csv（${a.total} 份有效问卷）`);
    expect(r.out).toContain(`与上一版相比提高 ${d.toFixed(2)} 个百分点，【明显提高】`);
    expect(r.out.match(/条数据表述，全部成立/g)).toHaveLength(2);
  });
});
