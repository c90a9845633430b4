import { CSRF_FIELD } from './console-session';
import type { FormErrors } from './form-errors';

/** The pieces every console form is made of: the CSRF field, labelled inputs with their error, a summary. */

export function Csrf({ token }: { token: string }): JSX.Element {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

/** The errors that belong to no field, at the top of the form, read out when they appear. */
export function ErrorSummary({ errors }: { errors: FormErrors | undefined }): JSX.Element {
  if (!errors || (errors.general.length === 0 && Object.keys(errors.fields).length === 0)) return '';
  return (
    <div class="error" role="alert">
      {errors.general.map((m) => (
        <p safe>{m}</p>
      ))}
      {errors.general.length === 0 && Object.values(errors.fields).map((m) => <p safe>{m}</p>)}
    </div>
  );
}

/**
 * The ids of a field's control, hint and error. A page with several forms (a case's stage actions) gives each form
 * its own `scope`, so no two elements share an id.
 */
export const fieldIds = (name: string, scope?: string) => {
  const key = scope ? `${scope}.${name}` : name;
  return { control: `f-${key}`, hint: `h-${key}`, error: `e-${key}` };
};

/**
 * What ties a control to its field: its id (the label's `for`), its name, its hint (`hinted`: the Field shows one)
 * and, once the field is refused, its error (`aria-invalid`, `aria-describedby`). Spread onto a control in a Field:
 * `<textarea {...controlOf('note', scope, errors, true)}>`.
 */
export function controlOf(
  name: string,
  scope: string | undefined,
  errors: FormErrors | undefined,
  hinted = false,
) {
  const ids = fieldIds(name, scope);
  const invalid = errors?.fields[name] !== undefined;
  const described = [hinted && ids.hint, invalid && ids.error].filter(Boolean).join(' ');
  return {
    id: ids.control,
    name,
    'aria-invalid': invalid ? 'true' : undefined,
    'aria-describedby': described || undefined,
  };
}

interface FieldProps {
  name: string;
  scope?: string | undefined;
  label: string;
  errors?: FormErrors | undefined;
  /** A hint under the label. */
  hint?: string | undefined;
  children: JSX.Element;
}

/** A label, the control, and the field's own error in words (never colour alone). */
export function Field({ name, scope, label, errors, hint, children }: FieldProps): JSX.Element {
  const error = errors?.fields[name];
  const ids = fieldIds(name, scope);
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={ids.control} safe>
        {label}
      </label>
      {!!hint && (
        <p class="hint" id={ids.hint} safe>
          {hint}
        </p>
      )}
      {children}
      {!!error && (
        <p class="field-error" id={ids.error} safe>
          {error}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = Omit<FieldProps, 'children'> & {
  type?: string;
  value?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  min?: string;
  max?: string;
  step?: string;
  inputmode?: 'numeric' | 'decimal' | 'text';
};

/** A field whose control is a single-line input. */
export function InputField({ name, scope, label, errors, hint, ...input }: InputFieldProps): JSX.Element {
  return (
    <Field name={name} scope={scope} label={label} errors={errors} hint={hint}>
      <input
        {...controlOf(name, scope, errors, !!hint)}
        type={input.type ?? 'text'}
        value={input.value}
        required={input.required}
        autocomplete={input.autocomplete}
        min={input.min}
        max={input.max}
        step={input.step}
        inputmode={input.inputmode}
      />
    </Field>
  );
}
