/**
 * What a rule finds about a household or a person: the condition holds (`pass`), does not (`fail`), or cannot be
 * told from the facts and figures given (`unknown`). Conditions combine as three-valued logic, so a condition
 * known to fail decides an "all of" at once, whatever else is still unknown.
 */
export type Outcome = 'pass' | 'fail' | 'unknown';

export const outcomeOf = (holds: boolean): Outcome => (holds ? 'pass' : 'fail');

/** Fails when any fails, passes when all pass, else unknown. */
export function allOf(outcomes: Iterable<Outcome>): Outcome {
  let result: Outcome = 'pass';
  for (const o of outcomes) {
    if (o === 'fail') return 'fail';
    if (o === 'unknown') result = 'unknown';
  }
  return result;
}

/** Passes when any passes, fails when all fail (or there are none), else unknown. */
export function anyOf(outcomes: Iterable<Outcome>): Outcome {
  let result: Outcome = 'fail';
  for (const o of outcomes) {
    if (o === 'pass') return 'pass';
    if (o === 'unknown') result = 'unknown';
  }
  return result;
}
