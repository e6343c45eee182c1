/** The day `now` in China Standard Time, as a cover prints it (`2026年12月2日`). */
export function buildDate(now: Date): string {
  return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(now);
}
