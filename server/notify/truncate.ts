const ELLIPSIS = '…';

/** At most `max` code points, the last one an ellipsis when cut; never splits a surrogate pair. */
export function truncateCodePoints(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max - 1).join('') + ELLIPSIS;
}

/** At most `max` bytes of UTF-8, the last character an ellipsis when cut; never splits a character. */
export function truncateUtf8(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  const room = max - Buffer.byteLength(ELLIPSIS);
  let out = '';
  let bytes = 0;
  for (const point of text) {
    bytes += Buffer.byteLength(point);
    if (bytes > room) break;
    out += point;
  }
  return out + ELLIPSIS;
}
