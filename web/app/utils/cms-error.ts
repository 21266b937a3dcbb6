/** Any failure to get content from the CMS: network, timeout, HTTP status or GraphQL errors. */
export class CmsError extends Error {
  override name = 'CmsError' as const;
  /** The GraphQL operation that failed, e.g. `GetActionPlan`. */
  readonly operation: string;
  override readonly cause: unknown;

  constructor(operation: string, cause: unknown, detail?: string) {
    super(`CMS request ${operation} failed: ${detail ?? describeCause(cause)}`, { cause });
    this.operation = operation;
    this.cause = cause;
  }
}

export function isCmsError(error: unknown): error is CmsError {
  return error instanceof CmsError;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) return `${cause.name}: ${cause.message.split('\n')[0] ?? ''}`;
  return String(cause);
}
