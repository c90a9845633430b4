/** Today's date in China (Asia/Shanghai, no daylight saving) as YYYY-MM-DD, whatever the server's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A moment as China reads it, to the minute: "YYYY-MM-DD HH:mm" (Asia/Shanghai, UTC+8). */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
