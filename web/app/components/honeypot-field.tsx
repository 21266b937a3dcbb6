import { HONEYPOT_FIELD } from '@stodportalen/shared';

/**
 * The end of a public form: a field people never see and bots fill in (what it sends is dropped,
 * HONEYPOT_FIELD in shared/), then the submit button.
 */
export function HoneypotAndSubmit({ honeypotLabel, submitLabel }: { honeypotLabel: string; submitLabel: string }) {
  return (
    <>
      <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{honeypotLabel}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="min-h-12 rounded-lg bg-teal-800 px-6 py-3 text-lg font-bold text-white shadow hover:bg-teal-900">
        {submitLabel}
      </button>
    </>
  );
}
