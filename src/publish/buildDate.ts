/** The day of this build in China Standard Time, as a cover prints it (`2026年12月2日`); `SOURCE_DATE_EPOCH` (seconds) fixes it for reproducible builds. */
export function buildDate(now: Date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()): string {
  return new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(now);
}
