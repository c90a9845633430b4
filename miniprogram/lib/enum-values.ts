/**
 * A contract enum's values as a list for run time (a picker's options, in the order shown). The list type-checks
 * only when it holds every value of the enum and nothing else, so a value added to or dropped from the contract
 * breaks this folder's type-check rather than a page.
 */
export const valuesOf =
  <U extends string>() =>
  <T extends readonly U[]>(
    values: T & ([U] extends [T[number]] ? unknown : { missing: Exclude<U, T[number]> }),
  ): Readonly<T> =>
    values;
