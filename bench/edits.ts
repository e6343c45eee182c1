/** The file edits the dev-latency bench makes, as text → text (pure, so they are tested apart from any server). */

/** A chapter's MDX with one marker paragraph appended: `original` plus `基准标记<n>。`. */
export function withMarker(original: string, n: number): string {
  return `${original.replace(/\n*$/, '\n')}\n${markerText(n)}\n`;
}

/** The text the page shows once `withMarker(…, n)` is rendered. */
export function markerText(n: number): string {
  return `基准标记${n}。`;
}

/** A CSV text without its last record (a record may span lines: quoted newlines are kept with it). */
export function withoutLastRecord(csv: string): string {
  const body = csv.replace(/\r?\n$/, '');
  let inQuotes = false;
  let lastBreak = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) lastBreak = i;
  }
  if (lastBreak < 0) throw new Error('the file has a header only');
  return `${body.slice(0, lastBreak).replace(/\r$/, '')}\n`;
}
