/**
 * Secrets the CMS cannot start without. A missing one stops the start with a message that names
 * it; in production a value that looks like a placeholder is refused too.
 */
const PLACEHOLDER = /^(tobemodified|changeme|change-me|secret|example|test|dev)/i;

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function requiredSecret(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) {
    throw new ConfigurationError(`Environment variable ${name} is missing. Copy .env.example to .env or run "npm start", which creates local secrets.`);
  }
  if (process.env.NODE_ENV === 'production' && (PLACEHOLDER.test(value) || value.length < 16)) {
    throw new ConfigurationError(`Environment variable ${name} holds a placeholder or too short a value; production needs a random secret.`);
  }
  return value;
}

export function requiredSecretList(name: string): string[] {
  return requiredSecret(name)
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key.length > 0);
}
