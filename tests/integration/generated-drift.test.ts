import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsTestEnv } from '../support/cms-env.mjs';
import { cmsDir, freePort } from '../support/cms';

const repoRoot = path.resolve(cmsDir, '..');
const sharedDir = path.join(repoRoot, 'shared');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-drift-'));

describe('committed GraphQL schema, Strapi types and generated code', () => {
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the committed SDL is the schema Strapi builds from the content model', async () => {
    const schemaFile = path.join(tmp, 'schema.graphql');
    execFileSync(process.execPath, ['scripts/serve.js', '--exit-after-load'], {
      cwd: cmsDir,
      env: cmsTestEnv({
        port: await freePort(),
        databaseFilename: path.join(tmp, 'schema.db'),
        readToken: 'unused',
        extra: { SEED: 'false', GRAPHQL_WRITE_SCHEMA: 'true', GRAPHQL_SCHEMA_FILE: schemaFile },
      }),
      stdio: 'pipe',
    });
    const committed = fs.readFileSync(path.join(sharedDir, 'graphql', 'schema.graphql'), 'utf8');
    expect(fs.readFileSync(schemaFile, 'utf8'), 'run `npm run schema -w cms` and commit shared/graphql/schema.graphql').toBe(committed);
  }, 60_000);

  it("the committed Strapi types (cms/types/generated) are what Strapi generates from the content model", async () => {
    const typesRoot = path.join(tmp, 'strapi-types');
    execFileSync(process.execPath, ['scripts/serve.js', `--generate-types=${typesRoot}`], {
      cwd: cmsDir,
      env: cmsTestEnv({ port: await freePort(), databaseFilename: path.join(tmp, 'types.db'), readToken: 'unused', extra: { SEED: 'false' } }),
      stdio: 'pipe',
    });
    const committedDir = path.join(cmsDir, 'types', 'generated');
    const files = fs.readdirSync(committedDir).sort();
    expect(files).toEqual(['components.d.ts', 'contentTypes.d.ts']);
    expect(fs.readdirSync(path.join(typesRoot, 'generated')).sort()).toEqual(files);
    for (const file of files) {
      expect(fs.readFileSync(path.join(typesRoot, 'generated', file), 'utf8'), `run \`npm run types -w cms\` and commit cms/types/generated/${file}`).toBe(
        fs.readFileSync(path.join(committedDir, file), 'utf8'),
      );
    }
  }, 60_000);

  it('the committed typed documents are what codegen makes of the SDL and the .graphql documents', () => {
    const out = path.join(tmp, 'generated') + path.sep;
    execFileSync(path.join(repoRoot, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: sharedDir,
      env: { ...process.env, CODEGEN_OUT: out },
      stdio: 'pipe',
    });
    const committedDir = path.join(sharedDir, 'src', 'graphql', 'generated');
    const files = fs.readdirSync(committedDir).sort();
    expect(fs.readdirSync(out).sort()).toEqual(files);
    for (const file of files) {
      expect(fs.readFileSync(path.join(out, file), 'utf8'), `run \`npm run codegen\` and commit ${file}`).toBe(fs.readFileSync(path.join(committedDir, file), 'utf8'));
    }
  }, 60_000);
});
