// vitest globalSetup: with TEST_DATABASE=postgres, one throwaway PostgreSQL for the whole run
// (support/postgres.ts); every startCms() then gets a fresh database on it and drops it after.
import type { TestProject } from 'vitest/node';
import { startPostgres, type PostgresServer, type RunningPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresServer | null;
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
  return () => server?.stop();
}
