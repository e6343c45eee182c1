import iconv from 'iconv-lite';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030' }
  | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of a CSV file's bytes: UTF-8 (BOM dropped) when the bytes are valid
 * UTF-8, otherwise GB18030 (which covers GBK); an error when neither reading
 * gives sensible text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: '无法识别的文件编码：文件是 UTF-16 编码；请另存为 UTF-8 或 GB18030（GBK）编码的 CSV' };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, message: '这不是 CSV 文件，而是 xlsx/zip 压缩文件；若是 Excel 文件，请使用 .xlsx 扩展名' };
  }
  let text: string;
  let encoding: 'utf-8' | 'gb18030';
  try {
    text = utf8.decode(bytes);
    encoding = 'utf-8';
  } catch {
    // Not valid UTF-8: what a Chinese-locale Excel or 问卷星 writes is GB18030/GBK.
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030', { stripBOM: true });
    encoding = 'gb18030';
    // Every byte sequence that is not GB18030 decodes to U+FFFD: then the file is in neither encoding.
    if (text.includes('\ufffd')) {
      return { ok: false, message: '无法识别的文件编码：既不是 UTF-8 也不是 GB18030（GBK）；请另存为这两种编码之一的 CSV' };
    }
  }
  // NUL never occurs in text; a stray other control character in a typed answer is not worth rejecting a file for.
  if (text.includes('\u0000')) {
    return { ok: false, message: '无法识别的文件编码：文件含有空字符（NUL），不是文本格式的 CSV' };
  }
  return { ok: true, text, encoding };
}
