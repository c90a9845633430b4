/**
 * A name as a public notice shows it: the family name and, for three characters or more, the last character,
 * the rest starred (王秀兰 → 王*兰, 李明 → 李*). Latin names keep their first letter only.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '*';
  if (/^[A-Za-z]/.test(chars[0]!)) return `${chars[0]}***`;
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
