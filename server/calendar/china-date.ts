const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The last day asked for and the moments it spans: most requests ask for today, some more than once. */
let known = { day: '', from: 0, until: 0 };

/** Today's date in China (Asia/Shanghai, no daylight saving) as YYYY-MM-DD, whatever the server's zone. */
export function chinaToday(now?: Date): string {
  const ms = now ? now.getTime() : Date.now();
  if (ms >= known.from && ms < known.until) return known.day;
  const from = Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  known = { day: new Date(from + CHINA_OFFSET_MS).toISOString().slice(0, 10), from, until: from + DAY_MS };
  return known.day;
}

/** A moment as China reads it, to the minute: "YYYY-MM-DD HH:mm" (Asia/Shanghai, UTC+8). */
export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
