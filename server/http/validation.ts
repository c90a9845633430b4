import type { TFunction } from 'i18next';
import type { z } from 'zod';

export type InputLocation = 'params' | 'query' | 'body';

/** A request part failed its schema; the error middleware renders it field by field. */
export class ValidationError extends Error {
  constructor(
    readonly location: InputLocation,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super('validation_failed');
  }
}

export interface FieldError {
  /** Where the value was, e.g. "body.members.0.idNumber". */
  path: string;
  /** The field's name in the caller's language. */
  field: string;
  message: string;
}

/** The label of the innermost named field ("members.0.idNumber" → idNumber's label). */
function fieldLabel(t: TFunction, path: PropertyKey[]): string {
  const name = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (!name) return t('validation:wholeRequest');
  return t(`fields:${name}`, { defaultValue: name });
}

function issueMessage(t: TFunction, issue: z.core.$ZodIssue): string {
  // A schema may name its own message with an i18n key (`validation:moneyFen` says money is integer fen).
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  if (!missing && issue.message.startsWith('validation:')) return t(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? t('validation:required')
        : t('validation:invalidType', { expected: t(`validation:types.${issue.expected}`) });
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const kind = ['string', 'array', 'set', 'file'].includes(issue.origin) ? issue.origin : 'number';
      return t(`validation:${issue.code}.${kind}`, { bound: String(bound) });
    }
    case 'invalid_format':
      return t(`validation:format.${issue.format}`, { defaultValue: t('validation:format.other') });
    case 'invalid_value':
      return t('validation:invalidValue', { values: issue.values.map(String).join(' / ') });
    case 'unrecognized_keys':
      return t('validation:unrecognizedKeys', { keys: issue.keys.join(', ') });
    case 'custom':
      // Custom refinements carry an i18n key as their message.
      return t(issue.message, { defaultValue: t('validation:invalid') });
    default:
      return t('validation:invalid');
  }
}

export function describeIssues(
  t: TFunction,
  location: InputLocation,
  issues: z.core.$ZodIssue[],
): FieldError[] {
  return issues.map((issue) => {
    // unrecognized_keys is reported on the object; name the offending key instead.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    return {
      path: [location, ...path.map(String)].join('.'),
      field: fieldLabel(t, path),
      message: issueMessage(t, issue),
    };
  });
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  location: InputLocation,
  value: unknown,
): z.output<S> {
  // With the input reported, a wrong value ("forty") is told apart from a missing one.
  const result = schema.safeParse(value, { reportInput: true });
  if (!result.success) throw new ValidationError(location, result.error.issues);
  return result.data;
}
