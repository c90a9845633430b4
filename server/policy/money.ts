/**
 * Money is integer fen. Every division happens once, at the end of a computation, and is rounded half up to a
 * whole fen (0.5 fen → 1 fen); intermediate values stay exact integers.
 */

export const RATIO_SCALE = 10_000;

/** numerator / denominator rounded half up, for non-negative integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0 || denominator <= 0)
    throw new RangeError('expected a non-negative numerator and positive denominator');
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** A ratio such as 0.15 or 1.5 as an exact integer count of ten-thousandths. */
export function toRatioUnits(ratio: number): number {
  return Math.round(ratio * RATIO_SCALE);
}

/** `amountFen × ratio`, rounded half up to a whole fen. */
export function applyRatio(amountFen: number, ratio: number): number {
  return divideRoundHalfUp(amountFen * toRatioUnits(ratio), RATIO_SCALE);
}
