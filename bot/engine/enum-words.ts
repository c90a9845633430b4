/**
 * The words for each value of a contract enum, tried in order. The list type-checks only when every value of `U`
 * has words and no other value is named, so a value added to or dropped from the contract breaks the bot's
 * type-check rather than a conversation.
 */
export const wordsFor =
  <U extends string>() =>
  <T extends readonly (readonly [RegExp, U])[]>(
    words: T & ([U] extends [T[number][1]] ? unknown : { missing: Exclude<U, T[number][1]> }),
  ): Readonly<T> =>
    words;
