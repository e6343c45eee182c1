import { afterEach, describe, expect, it } from 'vitest';
import { buildDate } from '../../src/publish/buildDate.ts';

describe('the build date on the cover', () => {
  afterEach(() => {
    delete process.env.SOURCE_DATE_EPOCH;
  });
  it('is the day in China Standard Time, written as a Chinese date', () => {
    expect(buildDate(new Date('2026-12-01T15:59:00Z'))).toBe('2026年12月1日');
    expect(buildDate(new Date('2026-12-01T16:00:00Z'))).toBe('2026年12月2日');
  });
  it('follows SOURCE_DATE_EPOCH for reproducible builds', () => {
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2024, 0, 31, 12) / 1000);
    expect(buildDate()).toBe('2024年1月31日');
  });
});
