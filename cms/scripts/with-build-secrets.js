// Runs a command (the admin build, `npm run build -w cms`) with throwaway random secrets.
// `strapi build` loads the configuration, which refuses to load without the secrets (src/env.ts),
// but it only builds the admin panel: nothing of these values ends up in the build or the image,
// and the real secrets are given at run time. Used by cms/Dockerfile:
//   node cms/scripts/with-build-secrets.js npm run build -w cms
const { spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');

const random = () => randomBytes(24).toString('base64url');
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-build-secrets.js <command> [args…]');
  process.exit(2);
}
const env = { ...process.env };
for (const name of ['ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'JWT_SECRET']) {
  env[name] ||= random();
}
env.APP_KEYS ||= `${random()},${random()}`;
const result = spawnSync(command, args, { stdio: 'inherit', env });
process.exit(result.status ?? 1);
