/** Today's date in China (Asia/Shanghai, no daylight saving) as YYYY-MM-DD, whatever the server's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
