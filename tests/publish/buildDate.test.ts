import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/publish/buildDate.ts';

describe('the build date on the cover', () => {
  it('is the day in China Standard Time, written as a Chinese date', () => {
    expect(buildDate(new Date('2026-12-01T15:59:00Z'))).toBe('2026年12月1日');
    expect(buildDate(new Date('2026-12-01T16:00:00Z'))).toBe('2026年12月2日');
  });
});
