// Local secrets for `npm start`: created once in .env (git-ignored) so the CMS and the web share
// them and a restart keeps the same admin sessions and API token. Production sets its own.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const secret = () => randomBytes(24).toString('base64url');

/**
 * @param {string} repoRoot
 * @returns {Record<string, string>}
 */
export function loadLocalEnv(repoRoot) {
  const file = path.join(repoRoot, '.env');
  if (!fs.existsSync(file)) {
    const lines = [
      '# Local secrets made by `npm start`. Never commit this file; production sets its own values.',
      `APP_KEYS=${secret()},${secret()}`,
      `ADMIN_JWT_SECRET=${secret()}`,
      `API_TOKEN_SALT=${secret()}`,
      `TRANSFER_TOKEN_SALT=${secret()}`,
      `ENCRYPTION_KEY=${secret()}`,
      `JWT_SECRET=${secret()}`,
      `CMS_READ_TOKEN=${randomBytes(32).toString('hex')}`,
      '',
    ];
    fs.writeFileSync(file, lines.join('\n'), { mode: 0o600 });
    console.log('Created .env with local secrets.');
  }
  // Secrets added after a .env was made: appended, so an older .env keeps working.
  const later = {
    CMS_SUBMISSION_TOKEN: () => randomBytes(32).toString('hex'),
    PREVIEW_SECRET: () => randomBytes(24).toString('base64url'),
    // Not a secret: lets the local admin panel show the draft preview in its frame.
    CMS_ADMIN_ORIGIN: () => 'http://localhost:1337',
    REVALIDATE_SECRET: () => randomBytes(24).toString('base64url'),
  };
  const existing = fs.readFileSync(file, 'utf8');
  const missing = Object.entries(later).filter(([name]) => !new RegExp(`^${name}=`, 'm').test(existing));
  if (missing.length > 0) {
    const separator = existing.endsWith('\n') ? '' : '\n';
    fs.appendFileSync(file, `${separator}${missing.map(([name, make]) => `${name}=${make()}`).join('\n')}\n`);
  }
  /** @type {Record<string, string>} */
  const values = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (match?.[1] !== undefined) values[match[1]] = match[2] ?? '';
  }
  return values;
}
