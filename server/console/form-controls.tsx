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

interface FieldProps {
  name: string;
  label: string;
  errors?: FormErrors | undefined;
  /** A hint under the label. */
  hint?: string | undefined;
  children: JSX.Element;
}

/** A label, the control, and the field's own error in words (never colour alone). */
export function Field({ name, label, errors, hint, children }: FieldProps): JSX.Element {
  const error = errors?.fields[name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={`f-${name}`} safe>
        {label}
      </label>
      {hint && (
        <p class="hint" id={`h-${name}`} safe>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p class="field-error" id={`e-${name}`} safe>
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = {
  name: string;
  type?: string;
  value?: string | undefined;
  errors?: FormErrors | undefined;
  required?: boolean;
  autocomplete?: string;
  min?: string;
  max?: string;
  step?: string;
  inputmode?: 'numeric' | 'decimal' | 'text';
};

export function Input(props: InputProps): JSX.Element {
  const invalid = props.errors?.fields[props.name] !== undefined;
  return (
    <input
      id={`f-${props.name}`}
      name={props.name}
      type={props.type ?? 'text'}
      value={props.value}
      required={props.required}
      autocomplete={props.autocomplete}
      min={props.min}
      max={props.max}
      step={props.step}
      inputmode={props.inputmode}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={invalid ? `e-${props.name}` : undefined}
    />
  );
}
