// Form building blocks in the GOV.UK pattern: label, hint, the error beside the field (with a
// hidden "Error:" prefix), and an error summary at the top that links to each field. They work
// without JavaScript: the summary is focused with `autofocus` when the page loads after a failed
// submit, and announced by screen readers as an alert.
import type { ReactNode } from 'react';

export const inputClass = 'min-h-12 w-full rounded-lg border-2 bg-white px-3 py-2 text-lg text-slate-900';

function borderClass(error: string | undefined): string {
  return error ? 'border-red-700' : 'border-slate-700';
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}

export type SummaryItem = { text: string; href: string | null };

export function ErrorSummary({ title, items }: { title: string; items: SummaryItem[] }) {
  return (
    <div
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      // Focus on load (no script needed), so the person hears and sees the problems first.
      autoFocus
      className="space-y-3 rounded-lg border-4 border-red-700 bg-white p-5"
    >
      <h2 id="error-summary-title" className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      <ul className="list-disc space-y-2 ps-6">
        {items.map((item) => (
          <li key={`${item.href}-${item.text}`}>
            {item.href ? (
              <a href={item.href} className="font-semibold text-red-800 underline underline-offset-2 hover:decoration-4">
                {item.text}
              </a>
            ) : (
              <span className="font-semibold text-red-800">{item.text}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A message at the top that is not about a single field (CMS down, too many tips). */
export function FormProblem({ children, focus }: { children: ReactNode; focus: boolean }) {
  return (
    <div
      role="alert"
      tabIndex={-1}
      autoFocus={focus}
      className="rounded-lg border-s-8 border-amber-600 bg-amber-50 p-5 font-semibold text-slate-900"
    >
      {children}
    </div>
  );
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
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return (
    <FieldGroup error={error}>
      <label htmlFor={id} className="block font-bold text-slate-900">
        {label}
        {optionalLabel ? <span className="font-normal"> {optionalLabel}</span> : null}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? (
        <ErrorMessage id={errorId} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      ) : null}
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
        className={`${inputClass} ${borderClass(error)} ${width}`.trim()}
      />
    </FieldGroup>
  );
}

export function TextArea({ id, label, hint, error, errorPrefix, value, maxLength, required }: Omit<TextFieldProps, 'type' | 'autoComplete' | 'inputMode' | 'width' | 'optionalLabel'>) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  return (
    <FieldGroup error={error}>
      <label htmlFor={id} className="block font-bold text-slate-900">
        {label}
      </label>
      {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {error && errorId ? (
        <ErrorMessage id={errorId} prefix={errorPrefix}>
          {error}
        </ErrorMessage>
      ) : null}
      <textarea
        id={id}
        name={id}
        rows={8}
        defaultValue={value ?? ''}
        maxLength={maxLength}
        required={required}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? true : undefined}
        className={`${inputClass} ${borderClass(error)}`}
      />
    </FieldGroup>
  );
}

type Choice = { value: string; label: string };

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
  choices: Choice[];
  selected: readonly string[];
  required?: boolean;
}) {
  const hintId = hint ? `${name}-hint` : null;
  const errorId = error ? `${name}-error` : null;
  return (
    <FieldGroup error={error}>
      <fieldset aria-describedby={describedBy(hintId, errorId)} className="space-y-2">
        <legend className="mb-2 font-bold text-slate-900">
          {legend}
          {optionalLabel ? <span className="font-normal"> {optionalLabel}</span> : null}
        </legend>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? (
          <ErrorMessage id={errorId} prefix={errorPrefix}>
            {error}
          </ErrorMessage>
        ) : null}
        <div className="space-y-2">
          {choices.map((choice) => {
            const id = `${name}-${choice.value}`;
            return (
              <div key={choice.value} className="flex items-start gap-3">
                <input
                  id={id}
                  name={name}
                  type={type}
                  value={choice.value}
                  defaultChecked={selected.includes(choice.value)}
                  required={type === 'radio' ? required : undefined}
                  aria-invalid={error ? true : undefined}
                  className="mt-1 size-7 shrink-0 accent-teal-800"
                />
                <label htmlFor={id} className="py-0.5">
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FieldGroup>
  );
}

/** A field people never see and bots fill in: what it sends is dropped (HONEYPOT_FIELD in shared/). */
export function Honeypot({ name, label }: { name: string; label: string }) {
  return (
    <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
