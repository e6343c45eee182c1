import { describe, expect, it } from 'vitest';
import { markerText, withMarker, withoutLastRecord } from '../../bench/edits.ts';

describe('dev-latency edits', () => {
  it('appends one marker paragraph to a chapter, replacing none of it', () => {
    expect(withMarker('---\ntitle: 甲\n---\n\n正文。\n\n\n', 3)).toBe('---\ntitle: 甲\n---\n\n正文。\n\n基准标记3。\n');
    expect(markerText(3)).toBe('基准标记3。');
  });

  it('drops the last record of a CSV, a quoted newline inside it included', () => {
    expect(withoutLastRecord('a,b\n1,2\n3,4\n')).toBe('a,b\n1,2\n');
    expect(withoutLastRecord('a,b\r\n1,2\r\n3,"x\ny"\r\n')).toBe('a,b\r\n1,2\n');
    expect(withoutLastRecord('a,b\n1,"p\nq"\n3,4')).toBe('a,b\n1,"p\nq"\n');
  });

  it('refuses a file with a header only', () => {
    expect(() => withoutLastRecord('a,b\n')).toThrow(/header only/);
  });
});
