import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPdf, formatFileSize, pdfFileName } from '../../src/publish/pdfDownload.ts';

describe('the report’s PDF', () => {
  it('is named after the title and edition, without spaces or characters a file system refuses', () => {
    expect(pdfFileName({ title: '某馆报告', edition: '2024 版' })).toBe('某馆报告-2024版.pdf');
    expect(pdfFileName({ title: 'A/B: "报告"', edition: '第 2 版' })).toBe('AB报告-第2版.pdf');
    expect(pdfFileName({ title: '某馆报告', edition: undefined })).toBe('某馆报告.pdf');
  });
  it('is shipped only by a build whose options name it, with its size', () => {
    expect(builtPdf(undefined)).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
    writeFileSync(join(dir, 'r.pdf'), Buffer.alloc(1536));
    expect(builtPdf(join(dir, 'r.pdf'))).toEqual({ path: join(dir, 'r.pdf'), bytes: 1536 });
    expect(() => builtPdf(join(dir, 'missing.pdf'))).toThrow(/要附在网站中的 PDF 不存在：.*missing\.pdf（请用 npm run pdf 生成 PDF）/);
    rmSync(dir, { recursive: true });
  });
  it('sizes read as a reader reads them', () => {
    expect([1234567, 1843924, 870_000, 100].map(formatFileSize)).toEqual(['1.2 MB', '1.8 MB', '850 KB', '1 KB']);
  });
});
