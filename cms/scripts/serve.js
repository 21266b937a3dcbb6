// Starts Strapi from the compiled server code (dist/) without the admin build: used by the
// integration tests and by `npm run schema` (the SDL, and with --generate-types=<dir> Strapi's types). Set SERVE_ADMIN_PANEL=false when no admin build exists.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');

async function waitForFile(file, after) {
  const fs = require('node:fs');
  for (let i = 0; i < 100; i += 1) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && stat.mtimeMs >= after && stat.size > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`GraphQL schema was not written to ${file}`);
}

async function main() {
  const startedAt = Date.now() - 1000;
  const typesRoot = process.argv.find((arg) => arg.startsWith('--generate-types='));
  if (typesRoot) {
    // Strapi's generated types (`<root>/generated/contentTypes.d.ts`, `components.d.ts`), as
    // `strapi ts:generate-types` writes them, but from dist/ like the schema (npm run schema -w cms).
    const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).register();
    await require('@strapi/typescript-utils').generators.generate({
      strapi: app,
      pwd: appDir,
      rootDir: path.relative(appDir, path.resolve(appDir, typesRoot.slice('--generate-types='.length))),
      logger: { silent: true },
      artifacts: { contentTypes: true, components: true },
    });
    await app.destroy();
    process.exit(0);
  }
  const app = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  if (process.argv.includes('--exit-after-load')) {
    // The GraphQL plugin writes its SDL asynchronously after the schema is built.
    const schemaFile = process.env.GRAPHQL_SCHEMA_FILE;
    if (process.env.GRAPHQL_WRITE_SCHEMA === 'true' && schemaFile) await waitForFile(schemaFile, startedAt);
    await app.destroy();
    process.exit(0);
  }
  await app.listen();
  const stop = async () => {
    await app.destroy();
    process.exit(0);
  };
  // A failed shutdown still ends the process, with the reason on stderr.
  const stopOrFail = () => {
    stop().catch((error) => {
      console.error(error);
      process.exit(1);
    });
  };
  process.on('SIGTERM', stopOrFail);
  process.on('SIGINT', stopOrFail);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
