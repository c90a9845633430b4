/**
 * The one place money changes unit. People say yuan per month; the API counts integer fen (1 yuan = 100 fen).
 * Anything typed is read here, and anything shown is written here.
 */

/** "2500" or "2,500.5" yuan → 250050 fen; null when it is not an amount (empty, negative, letters, > 2 decimals). */
export function yuanToFen(typed: string): number | null {
  const clean = typed.replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

/** 250050 fen → "2500.50". */
export function fenToYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}
