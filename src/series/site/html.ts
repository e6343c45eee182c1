/** Text and attribute values escaped for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A template literal whose interpolations are escaped, except those already marked safe with `raw`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  return raw(strings.reduce((out, s, i) => out + s + (i < values.length ? piece(values[i]) : ''), ''));
}

export interface Raw {
  readonly raw: string;
}

/** Markup that is not to be escaped again. */
export function raw(markup: string): Raw {
  return { raw: markup };
}

function piece(v: unknown): string {
  if (Array.isArray(v)) return v.map(piece).join('');
  if (v && typeof v === 'object' && 'raw' in v) return (v as Raw).raw;
  return v == null || v === false ? '' : escapeHtml(String(v));
}
