/**
 * Numbers as people type them in chat: "2500", "两千五", "2千5", "1.2万", "一万二", "七十", "六十八".
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  幺: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  仨: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

export const NUMBER_PATTERN = '[0-9０-９.．零〇一幺二两俩三仨四五六七八九十百千万]+';

function toHalfWidth(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The value of one number expression, or undefined when it is not one. */
export function parseNumber(expression: string): number | undefined {
  const s = toHalfWidth(expression);
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  let total = 0;
  let section = 0;
  let number: number | undefined;
  let lastUnit = 0;
  let seen = false;
  for (let i = 0; i < s.length;) {
    const arabic = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      number = Number(arabic[0]);
      i += arabic[0].length;
      seen = true;
      continue;
    }
    const c = s[i]!;
    i++;
    if (c in DIGITS) {
      number = DIGITS[c]!;
      seen = true;
    } else if (c === '万') {
      total += (section + (number ?? 0)) * 10000;
      section = 0;
      number = undefined;
      lastUnit = 10000;
      seen = true;
    } else if (c in UNITS) {
      section += (number ?? 1) * UNITS[c]!;
      number = undefined;
      lastUnit = UNITS[c]!;
      seen = true;
    } else return undefined;
  }
  if (!seen) return undefined;
  // "两千五" is 2,500 and "一万二" 12,000: a last digit after a unit counts in the next unit down.
  if (number !== undefined && lastUnit >= 100 && Number.isInteger(number) && number < 10)
    number *= lastUnit / 10;
  return total + section + (number ?? 0);
}

/** Every number in a text, in order. */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(NUMBER_PATTERN, 'g'))) {
    const value = parseNumber(m[0]);
    if (value !== undefined && !Number.isNaN(value)) out.push(value);
  }
  return out;
}
