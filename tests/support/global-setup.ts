// vitest globalSetup: with TEST_DATABASE=postgres, one throwaway PostgreSQL for the whole run
// (support/postgres.ts); every startCms() then gets a fresh database on it and drops it after.
// And one seeded CMS database (support/cms.ts buildCmsTemplate) that startCms() copies.
import type { TestProject } from 'vitest/node';
import { buildCmsTemplate, type CmsTemplate } from './cms';
import { startPostgres, type PostgresServer, type RunningPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresServer | null;
    cmsTemplate: CmsTemplate | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let server: RunningPostgres | null = null;
  if (process.env.TEST_DATABASE === 'postgres') {
    server = await startPostgres();
    const { stop, ...details } = server;
    project.provide('postgres', details);
    console.log(`[postgres] PostgreSQL 15 on 127.0.0.1:${server.port} (${server.dir})`);
  } else {
    project.provide('postgres', null);
  }
  // One seeded database that every startCms() copies (TEST_CMS_TEMPLATE=off: each boot seeds its own).
  let template: Awaited<ReturnType<typeof buildCmsTemplate>> | null = null;
  if (process.env.TEST_CMS_TEMPLATE !== 'off') {
    const started = Date.now();
    template = await buildCmsTemplate(server);
    console.log(`[cms template] seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  project.provide('cmsTemplate', template?.template ?? null);
  return () => {
    template?.remove();
    server?.stop();
  };
}
