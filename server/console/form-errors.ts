import type { TFunction } from 'i18next';
import { AppError } from '../http/errors';
import { describeIssues, ValidationError } from '../http/validation';

/** Why a form was refused, in the reader's language: a message per field, and those that belong to no field. */
export interface FormErrors {
  status: number;
  fields: Record<string, string>;
  general: string[];
}

/**
 * Turns a refusal of the service behind a form into messages beside its fields. A validation error names its
 * fields; an error code is placed beside the field `fieldOf` names for it (the rule itself stays in the service).
 * Anything else is not a refusal and is thrown on.
 */
export function formErrors(
  err: unknown,
  t: TFunction,
  fieldOf: (code: string) => string | undefined = () => undefined,
): FormErrors {
  if (err instanceof ValidationError) {
    const fields: Record<string, string> = {};
    const general: string[] = [];
    for (const f of describeIssues(t, err.location, err.issues)) {
      const name = f.path.split('.').slice(1).join('.');
      if (name && !fields[name]) fields[name] = f.message;
      else if (!name) general.push(f.message);
    }
    return { status: 400, fields, general };
  }
  if (err instanceof AppError && err.status < 500 && err.code !== 'unauthenticated') {
    const message = t(`errors:${err.code}`, err.params);
    const field = fieldOf(err.code);
    return field
      ? { status: err.status, fields: { [field]: message }, general: [] }
      : { status: err.status, fields: {}, general: [message] };
  }
  throw err;
}
