import type { z } from 'zod';

/** A zod problem as the form errors need it: which field (its path's first part) and its message. */
type Problem = { path: readonly PropertyKey[]; message: string };

/** A parsed form, or its error code per field. */
export type FormParseResult<T, E> = { success: true; data: T } | { success: false; errors: E };

/**
 * A parser of a form's input with `schema`: on failure, the first error code of each field (see
 * `firstErrorPerField`).
 */
export function formParser<S extends z.ZodType, F extends string, C extends string>(
  schema: S,
  fields: readonly F[],
  codeFor: (message: string, field: F | 'form') => { field: F | 'form'; code: C },
  formInvalid: C,
): (input: unknown) => FormParseResult<z.output<S>, Partial<Record<F | 'form', C>>> {
  return (input) => {
    const result = schema.safeParse(input);
    if (result.success) return { success: true, data: result.data };
    return { success: false, errors: firstErrorPerField(result.error.issues, fields, codeFor, formInvalid) };
  };
}

/**
 * The first error code of each form field from zod's problems (a problem outside the form's
 * fields counts for the form). `codeFor` turns a problem's message into the code to show, and
 * may move it to the form; with no code at all the form gets `formInvalid`.
 */
export function firstErrorPerField<F extends string, C extends string>(
  problems: readonly Problem[],
  fields: readonly F[],
  codeFor: (message: string, field: F | 'form') => { field: F | 'form'; code: C },
  formInvalid: C,
): Partial<Record<F | 'form', C>> {
  const errors: Partial<Record<F | 'form', C>> = {};
  for (const problem of problems) {
    const key = fields.find((field) => field === problem.path[0]) ?? 'form';
    if (errors[key]) continue;
    const { field, code } = codeFor(problem.message, key);
    errors[field] = code;
  }
  if (Object.keys(errors).length === 0) errors.form = formInvalid;
  return errors;
}
