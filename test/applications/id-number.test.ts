import { birthDateOf, checkCharacter, idNumberSchema } from '../../server/applications/id-number';

describe('resident ID numbers (GB 11643)', () => {
  it('computes the check character of the standard’s worked example', () => {
    // The example number from GB 11643-1999: 11010519491231002X.
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idNumberSchema.parse('11010519491231002x')).toBe('11010519491231002X');
  });

  it('refuses a wrong check character, a wrong shape and an impossible or future birth date', () => {
    const issue = (v: string) => idNumberSchema.safeParse(v).error?.issues[0]?.message;
    expect(issue('110105194912310021')).toBe('validation:idNumber');
    expect(issue('11010519491231002')).toBe('validation:idNumber');
    const feb30 = '11010519490230002';
    expect(issue(feb30 + checkCharacter(feb30))).toBe('validation:idNumberBirthDate');
    const future = '11010521000101002';
    expect(issue(future + checkCharacter(future))).toBe('validation:idNumberBirthDate');
  });

  it('reads the birth date', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateOf('110105194902290020')).toBeNull();
  });
});
