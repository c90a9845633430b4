import {
  disabilitiesIn,
  earnersIn,
  expensesIn,
  membersIn,
  sizeIn,
  yuanIn,
} from '../../bot/engine/household-words';
import { wordsFor } from '../../bot/engine/enum-words';
import { parseNumber } from '../../bot/engine/numbers';

describe('household facts as people type them', () => {
  it.each([
    ['2500', 2500],
    ['两千五', 2500],
    ['2千5', 2500],
    ['一万二', 12000],
    ['1.2万', 12000],
    ['七十', 70],
    ['六十八', 68],
    ['三千零五十', 3050],
    ['八百', 800],
  ])('reads %s as %d', (said, value) => {
    expect(parseNumber(said)).toBe(value);
  });

  it('reads sizes, ages with relations, disabilities, income and yearly costs', () => {
    expect(sizeIn('不对，是4口人')).toBe(4);
    expect(sizeIn('就我一个人')).toBe(1);
    expect(membersIn('我72，老伴70，我女儿四十五')).toEqual([
      { relation: 'self', age: 72 },
      { relation: 'spouse', age: 70 },
      { relation: 'child', age: 45 },
    ]);
    expect(membersIn('70 68')).toEqual([
      { relation: 'self', age: 70 },
      { relation: 'other', age: 68 },
    ]);
    expect(disabilitiesIn('老伴二级肢体')).toEqual([{ relation: 'spouse', grade: 2, kind: 'physical' }]);
    expect(yuanIn('一个月大概八百')).toBe(800);
    expect(yuanIn('全家一个月1.2万块')).toBe(12000);
    expect(yuanIn('没有收入')).toBe(0);
    const members = membersIn('我72，老伴70')!;
    expect(expensesIn('老伴看病每个月一千，有单据', members)).toEqual([
      { member: 1, kind: 'serious_illness', annualFen: 1_200_000, receipted: true },
    ]);
    expect(expensesIn('没有', members)).toEqual([]);
  });
});

describe('members in work', () => {
  it('reads who earns how much a month, and "没有"', () => {
    const members = membersIn('我50，老伴48，儿子25')!;
    expect(earnersIn('儿子打工3000，我1500', members)).toEqual([
      { member: 2, monthlyYuan: 3000 },
      { member: 0, monthlyYuan: 1500 },
    ]);
    expect(earnersIn('没有', members)).toEqual([]);
    expect(earnersIn('孙子2000', members)).toBeUndefined();
  });
});

describe('words for a contract enum', () => {
  type Abc = 'a' | 'b' | 'c';

  it('keeps the words in their order when every value has some and no other is named', () => {
    const words = wordsFor<Abc>()([
      [/甲/, 'a'],
      [/乙/, 'b'],
      [/丙/, 'c'],
    ]);
    expect(words.find(([re]) => re.test('乙'))?.[1]).toBe('b');
  });

  it('does not compile with a value left without words or one the enum lacks', () => {
    // @ts-expect-error 'c' has no words
    wordsFor<Abc>()([
      [/甲/, 'a'],
      [/乙/, 'b'],
    ]);
    wordsFor<Abc>()([
      [/甲/, 'a'],
      [/乙/, 'b'],
      [/丙/, 'c'],
      // @ts-expect-error 'd' is not a value of the enum
      [/丁/, 'd'],
    ]);
  });
});
