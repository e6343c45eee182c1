/** `astro dev` on a series folder: the latest edition (or REPORT_EDITION's) beside the earlier editions' data, its trend tables live. */
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/devServer.ts';

const servers: DevServer[] = [];
afterAll(() => servers.forEach((s) => s.stop()));

describe('astro dev on a series folder', () => {
  it('serves the latest edition with its comparisons, and REPORT_EDITION another', async () => {
    const latest = await startDevServer({ REPORT_ROOT: 'examples/reading-series' }, '/services/');
    servers.push(latest);
    const doc = parseHTML(latest.html).document;
    expect(doc.documentElement.getAttribute('data-edition')).toBe('2025');
    expect(doc.querySelector('#services-trend caption')!.textContent).toContain('书房提供的阅读服务：各版比较');
    expect(doc.querySelector('#services-trend .table-notes')!.textContent).toContain('两版都参加调查的有 40 家');
    latest.stop();
    const first = await startDevServer({ REPORT_ROOT: 'examples/reading-series', REPORT_EDITION: '2024' }, '/services/');
    servers.push(first);
    const firstDoc = parseHTML(first.html).document;
    expect(firstDoc.documentElement.getAttribute('data-edition')).toBe('2024');
    expect(firstDoc.querySelector('#services-trend')).toBeNull();
  }, 240_000);
});
