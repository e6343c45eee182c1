import { Buffer } from 'node:buffer';
import iconv from 'iconv-lite';
import { occurrences } from './occurrences.ts';

const NUL_MESSAGE = '无法识别的文件编码：文件含有空字符（NUL），不是文本格式的 CSV';

export type DecodedText =
  /** `undecodable`: how many byte sequences were not GB18030 and read as U+FFFD (a few: reported cell by cell). */
  | { ok: true; text: string; encoding: 'utf-8' | 'gb18030'; undecodable: number }
  | { ok: false; message: string };

/** Above this share of replaced characters a file is taken to be in another encoding altogether. */
const MOSTLY_UNDECODABLE = 0.01;

/** The bytes read as UTF-8 (a BOM dropped), or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    // A fatal decoder validates and decodes in one pass (simdutf in Node 22+), as fast as an unchecked `Buffer#toString`.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return null;
    throw e;
  }
}

/** Whether `e` is V8's refusal to make a string longer than it can hold (about 5.4 亿 characters). */
function isTooLong(e: unknown): boolean {
  return (e as { code?: string }).code === 'ERR_STRING_TOO_LONG' || (e instanceof RangeError && /string length/i.test(e.message));
}

/**
 * The text of a CSV file's bytes: UTF-8 (BOM dropped) when the bytes are valid
 * UTF-8, otherwise GB18030 (which covers GBK); an error when neither reading
 * gives sensible text. A GB18030 file with a few invalid byte sequences is
 * read, with U+FFFD in their place, for the validator to report where they are.
 * UTF-8 is strict: overlong forms, surrogates and truncated sequences are invalid.
 */
function decodeBytes(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: '无法识别的文件编码：文件是 UTF-16 编码；请另存为 UTF-8 或 GB18030（GBK）编码的 CSV' };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { ok: false, message: '这不是 CSV 文件，而是 xlsx/zip 压缩文件；若是 Excel 文件，请使用 .xlsx 扩展名' };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) {
    // A NUL byte is a NUL character in UTF-8 (no multi-byte sequence holds a 0x00 byte): found by memchr, not a scan of the text.
    if (buffer.indexOf(0) >= 0) return { ok: false, message: NUL_MESSAGE };
    return { ok: true, text: utf8, encoding: 'utf-8', undecodable: 0 };
  }
  // Not valid UTF-8: what a Chinese-locale Excel or 问卷星 writes is GB18030/GBK.
  const text = iconv.decode(buffer, 'gb18030', { stripBOM: true });
  // Every byte sequence that is not GB18030 decodes to U+FFFD: a few are typing accidents the validator reports by cell; many mean another encoding.
  const undecodable = occurrences(text, '\ufffd');
  if (undecodable > text.length * MOSTLY_UNDECODABLE) {
    return { ok: false, message: '无法识别的文件编码：既不是 UTF-8 也不是 GB18030（GBK）；请另存为这两种编码之一的 CSV' };
  }
  // NUL never occurs in text; a stray other control character in a typed answer is not worth rejecting a file for.
  if (text.includes('\u0000')) return { ok: false, message: NUL_MESSAGE };
  return { ok: true, text, encoding: 'gb18030', undecodable };
}

/** The text of a CSV file's bytes, as `decodeBytes` reads them; a file too large to be one string is an error, not a throw. */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return decodeBytes(bytes);
  } catch (e) {
    if (!isTooLong(e)) throw e;
    return { ok: false, message: `文件太大（${Math.round(bytes.byteLength / 1e6)} MB）：解码后的文本超过了 JavaScript 一个字符串的长度上限（约 5.4 亿个字符），无法读入；请确认选中的是答卷文件` };
  }
}
