// Form building blocks in the GOV.UK pattern: label, hint, the error beside the field (with a
// hidden "Error:" prefix); the error summary at the top is in form-error-summary.tsx. They work
// without JavaScript.
import type { ReactNode } from 'react';

export const inputClass = 'min-h-12 w-full rounded-lg border-2 bg-white px-3 py-2 text-lg text-slate-900';

function borderClass(error: string | undefined): string {
  return error ? 'border-red-700' : 'border-slate-700';
}

/** An input's or select's classes: red edge while it has an error. */
export function inputClassFor(error: string | undefined): string {
  return `${inputClass} ${borderClass(error)}`;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-slate-700">
      {children}
    </p>
  );
}

export function ErrorMessage({ id, prefix, children }: { id: string; prefix: string; children: ReactNode }) {
  return (
    <p id={id} className="font-bold text-red-800">
      <span className="sr-only">{prefix} </span>
      {children}
    </p>
  );
}

/** The ids of a field's hint and error, when it has them (for `aria-describedby`). */
function messageIds(id: string, hint: string | undefined, error: string | undefined): { hintId: string | null; errorId: string | null } {
  return { hintId: hint ? `${id}-hint` : null, errorId: error ? `${id}-error` : null };
}

/** A field's hint and error message, below its label or legend. */
export function FieldMessages({
  id,
  hint,
  error,
  errorPrefix,
}: {
  id: string;
  hint: ReactNode | undefined;
  error: string | undefined;
  errorPrefix: string;
}) {
  return (
    <>
      {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
      {error ? (
        <ErrorMessage id={`${id}-error`} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      ) : null}
    </>
  );
}

/** "(optional)" after a label or legend. */
function OptionalMark({ text }: { text: string | undefined }) {
  return text ? <span className="font-normal"> {text}</span> : null;
}

/** The frame of one question: a red bar at the start edge while it has an error. */
export function FieldGroup({ error, children }: { error: string | undefined; children: ReactNode }) {
  return <div className={`space-y-2 ${error ? 'border-s-4 border-red-700 ps-4' : ''}`.trim()}>{children}</div>;
}

type TextFieldProps = {
  id: string;
  label: string;
  optionalLabel?: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  value: string | undefined;
  type?: 'text' | 'email' | 'url' | 'datetime-local';
  maxLength?: number;
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'url';
  width?: string;
};

export function TextField({ id, label, optionalLabel, hint, error, errorPrefix, value, type = 'text', maxLength, required, autoComplete, inputMode, width = '' }: TextFieldProps) {
  const { hintId, errorId } = messageIds(id, hint, error);
  return (
    <FieldGroup error={error}>
      <label htmlFor={id} className="block font-bold text-slate-900">
        {label}
        <OptionalMark text={optionalLabel} />
      </label>
      <FieldMessages id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      <input
        id={id}
        name={id}
        type={type}
        defaultValue={value ?? ''}
        maxLength={maxLength}
        required={required}
        autoComplete={autoComplete ?? 'off'}
        inputMode={inputMode}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        className={`${inputClassFor(error)} ${width}`.trim()}
      />
    </FieldGroup>
  );
}

export function TextArea({ id, label, hint, error, errorPrefix, value, maxLength, required }: Omit<TextFieldProps, 'type' | 'autoComplete' | 'inputMode' | 'width' | 'optionalLabel'>) {
  const { hintId, errorId } = messageIds(id, hint, error);
  return (
    <FieldGroup error={error}>
      <label htmlFor={id} className="block font-bold text-slate-900">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      <textarea
        id={id}
        name={id}
        rows={8}
        defaultValue={value ?? ''}
        maxLength={maxLength}
        required={required}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        className={inputClassFor(error)}
      />
    </FieldGroup>
  );
}

type ChoiceOption = { value: string; label: string };

/** Radios or checkboxes in a fieldset; the first option carries the id the error summary links to. */
export function ChoiceGroup({
  name,
  type,
  legend,
  optionalLabel,
  hint,
  error,
  errorPrefix,
  choices,
  selected,
  required,
}: {
  name: string;
  type: 'radio' | 'checkbox';
  legend: string;
  optionalLabel?: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  choices: ChoiceOption[];
  selected: readonly string[];
  required?: boolean;
}) {
  const { hintId, errorId } = messageIds(name, hint, error);
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(hintId, errorId)} className="space-y-2">
        <legend className="mb-2 font-bold text-slate-900">
          {legend}
          <OptionalMark text={optionalLabel} />
        </legend>
        <FieldMessages id={name} hint={hint} error={error} errorPrefix={errorPrefix} />
        <div className="space-y-2">
          {choices.map((choice) => {
            const id = `${name}-${choice.value}`;
            return (
              <Choice
                key={choice.value}
                id={id}
                name={name}
                type={type}
                value={choice.value}
                label={choice.label}
                checked={selected.includes(choice.value)}
                required={type === 'radio' ? required : undefined}
                invalid={Boolean(error)}
              />
            );
          })}
        </div>
      </fieldset>
    </FieldGroup>
  );
}

/** One radio or checkbox with its label beside it. */
export function Choice({
  id,
  name,
  type,
  value,
  label,
  checked,
  required,
  invalid,
}: {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  value: string;
  label: ReactNode;
  checked: boolean;
  required?: boolean;
  invalid: boolean;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        defaultChecked={checked}
        required={required}
        aria-invalid={invalid ? true : undefined}
        className="mt-1 size-7 shrink-0 accent-teal-800"
      />
      <label htmlFor={id} className="py-0.5">
        {label}
      </label>
    </div>
  );
}

/** A select's options: first the empty choice (`none`), then each option. */
export function SelectOptions({ none, options }: { none: string; options: readonly { value: string; label: string }[] }) {
  return (
    <>
      <option value="">{none}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}
