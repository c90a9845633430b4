import { valuesOf } from '../../miniprogram/lib/enum-values';

/** The checks are the compiler's: a `@ts-expect-error` that no longer finds an error fails the type-check. */
type Abc = 'a' | 'b' | 'c';

describe('a contract enum listed for a picker', () => {
  it('is the list as given, in its order, when it holds every value and no other', () => {
    expect(valuesOf<Abc>()(['c', 'a', 'b'])).toEqual(['c', 'a', 'b']);
  });

  it('does not compile with a value missing or one the enum lacks', () => {
    // @ts-expect-error 'c' is missing
    valuesOf<Abc>()(['a', 'b']);
    // @ts-expect-error 'd' is not a value of the enum
    valuesOf<Abc>()(['a', 'b', 'c', 'd']);
  });
});
