import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extendedSeries, makeSeriesFolder, nextId } from '../../bench/seriesFolder.ts';
import { loadSeries } from '../../src/series/loadSeries.ts';

const example = { title: '示例', editions: [{ id: '2024', label: '2024 版' }, { id: '2025', label: '2025 版', questions: { '1': { continues: 1 } } }] };

describe('series folders for the build bench', () => {
  it('names the next edition', () => {
    expect(nextId('2025')).toBe('2026');
    expect(nextId('spring-2')).toBe('spring-3');
    expect(nextId('spring')).toBe('spring-2');
  });

  it('keeps the first editions and continues the last one question by question', () => {
    expect(extendedSeries(example, 1, 3).json.editions.map((e) => e.id)).toEqual(['2024']);
    const { json, copyOf } = extendedSeries(example, 4, 2);
    expect(json.editions.map((e) => e.id)).toEqual(['2024', '2025', '2026', '2027']);
    expect(json.editions[1]).toEqual(example.editions[1]);
    expect(json.editions[3]).toEqual({ id: '2027', label: '2027 版', questions: { '1': { continues: 1 }, '2': { continues: 2 } } });
    expect(copyOf).toEqual({ '2024': '2024', '2025': '2025', '2026': '2025', '2027': '2025' });
    expect(() => extendedSeries(example, 0, 2)).toThrow();
  });

  it('makes a folder of 4 editions from the example series that the series loader accepts', () => {
    const root = makeSeriesFolder(resolve('examples/reading-series'), 4);
    try {
      const loaded = loadSeries(root);
      if (!loaded.ok) throw new Error(loaded.message);
      expect(loaded.series.editions.map((e) => [e.id, e.folder.root])).toEqual(['2024', '2025', '2026', '2027'].map((id) => [id, join(root, id)]));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
