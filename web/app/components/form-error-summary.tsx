// The top of a form after a failed submit (GOV.UK pattern): the error summary that links to each
// field, or a message about the whole form (CMS down, too many submissions). Without JavaScript
// the summary is focused with `autofocus` when the page loads, and announced as an alert.
import type { ReactNode } from 'react';

export type SummaryItem = { text: string; href: string | null };

/**
 * The summary's rows: a problem with the whole form first, then each field with an error in the
 * form's order, linked to `anchor(field)` (null: not linked).
 */
export function summaryItems<F extends string>(
  formError: string | undefined,
  order: readonly F[],
  message: (field: F) => string | undefined,
  anchor: (field: F) => string | null,
): SummaryItem[] {
  return [
    ...(formError ? [{ text: formError, href: null }] : []),
    ...order.flatMap((field) => {
      const text = message(field);
      return text ? [{ text, href: anchor(field) }] : [];
    }),
  ];
}

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

/** What a form's answer says went wrong: the field errors, then (focused if alone) the problem. */
export function FormErrorSummary({
  items,
  problem,
  t,
}: {
  items: SummaryItem[];
  problem: 'rateLimited' | 'unavailable' | null;
  t: { errorSummaryTitle: string; rateLimited: string; unavailable: string };
}) {
  return (
    <>
      {items.length > 0 ? <ErrorSummary title={t.errorSummaryTitle} items={items} /> : null}
      {problem ? <FormProblem focus={items.length === 0}>{problem === 'rateLimited' ? t.rateLimited : t.unavailable}</FormProblem> : null}
    </>
  );
}
