/**
 * What production refuses as a secret, the same for the CMS (cms/src/env.ts) and the web
 * (web/server/production.ts): missing where required, too short, a placeholder from a
 * template or a tutorial, or too little variety to be random.
 */
export const MIN_SECRET_LENGTH = 16;

const PLACEHOLDER = /^(tobemodified|changeme|change-me|change_me|replace|placeholder|secret|password|example|default|test|dev|xxx|todo|your)/i;

/** Why `value` is no production secret, or null when it is fine. */
export function weakSecretReason(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH) return `is shorter than ${MIN_SECRET_LENGTH} characters`;
  if (PLACEHOLDER.test(trimmed)) return 'looks like a placeholder';
  if (new Set(trimmed).size < 6) return 'has too few different characters to be random';
  return null;
}

export interface SecretRule {
  name: string;
  /** Must be set (in production). */
  required?: boolean;
  /** A comma-separated list whose every item is a secret (APP_KEYS). */
  list?: boolean;
}

/**
 * Every problem with the secrets of a production environment, one line each, naming the variable
 * and never its value. Secrets that are set must be strong even when optional, and no two of them
 * may be equal.
 */
export function productionSecretProblems(env: Record<string, string | undefined>, rules: readonly SecretRule[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const rule of rules) {
    const raw = env[rule.name]?.trim() ?? '';
    if (raw === '') {
      if (rule.required) problems.push(`${rule.name} is not set`);
      continue;
    }
    const values = rule.list ? raw.split(',').map((part) => part.trim()) : [raw];
    values.forEach((value, index) => {
      const label = rule.list ? `${rule.name} (item ${index + 1})` : rule.name;
      const reason = value === '' ? 'is empty' : weakSecretReason(value);
      if (reason) problems.push(`${label} ${reason}`);
      const other = seen.get(value);
      if (other && value !== '') problems.push(`${label} has the same value as ${other}`);
      else seen.set(value, label);
    });
  }
  return problems;
}
