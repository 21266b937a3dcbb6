// The one read model of this process: started by the server (entry.server.tsx startReadModel),
// read by the CMS gateway (utils/cms.server.ts) and the readiness probe, told about changes by
// POST /api/revalidate. Off with READ_MODEL=off or CMS_CACHE_TTL_MS=0 (every read goes to the CMS).
import type { DocumentNode } from 'graphql';
import { getEnv } from '../utils/env.server';
import { purgeAll } from '../utils/request-state.server';
import { ReadModelQueryError } from './execute.server';
import { ReadModel, type ContentNotice, type ReadModelChange, type ReadModelStatus } from './read-model.server';
import type { SyncRequest } from './sync.server';
import type { ExportRequest } from './export.server';

export type { ContentNotice, ReadModelChange, ReadModelStatus } from './read-model.server';

let model: ReadModel | null = null;
const unanswerable = new Set<string>();
const changeListeners = new Set<(change: ReadModelChange) => void>();

/** Calls `listener` after each change the read model has applied (the search index follows it). */
export function onReadModelChange(listener: (change: ReadModelChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function changed(reason: string, change: ReadModelChange): void {
  purgeAll(reason);
  for (const listener of changeListeners) listener(change);
}

export function readModelEnabled(): boolean {
  const env = getEnv();
  return env.READ_MODEL === 'on' && env.CMS_CACHE_TTL_MS !== 0;
}

/** Creates and loads the read model (once); resolves when it is loaded. */
export function startReadModel(request: SyncRequest, exportRequest?: ExportRequest, changesRequest?: ExportRequest): Promise<void> {
  if (model || !readModelEnabled()) return Promise.resolve();
  const env = getEnv();
  model = new ReadModel({ request, exportRequest, changesRequest: env.READ_MODEL_POLL_MS > 0 ? changesRequest : undefined, checkIntervalMs: env.READ_MODEL_CHECK_MS, pollIntervalMs: env.READ_MODEL_POLL_MS, onChange: changed });
  return model.start();
}

export function readModelStatus(): ReadModelStatus | null {
  return model?.status() ?? null;
}

/**
 * The version of the loaded content (it changes with every change the read model applies), or null
 * while it is not loaded: what is made from the read model's content alone may be kept as long as
 * this stays the same.
 */
export function readModelGeneration(): number | null {
  return model?.isReady() ? model.store.generation : null;
}

/** Ready when the read model is off (pages read the CMS) or loaded. */
export function readModelReady(): boolean {
  return !readModelEnabled() || (model?.isReady() ?? false);
}

/**
 * The answer to a GraphQL document from memory, or undefined when the read model is not loaded (or
 * cannot answer this document: then the CMS is asked, and the reason logged once).
 */
export function answerFromReadModel<TResult>(document: DocumentNode, variables: object, operation: string): TResult | undefined {
  if (!model?.isReady()) return undefined;
  try {
    return model.run<TResult>(document, variables);
  } catch (error) {
    if (!(error instanceof ReadModelQueryError) && !(error instanceof Error && error.name === 'FilterError')) throw error;
    if (!unanswerable.has(operation)) {
      unanswerable.add(operation);
      console.error(`[read-model] cannot answer ${operation} (${error.message}); asking the CMS`);
    }
    return undefined;
  }
}

/** Applies a change notice; resolves once the change shows (or at once when the model is off). */
export async function applyContentNotice(notice: ContentNotice): Promise<void> {
  await model?.apply(notice);
}

/** Test hook: the running model (integration tests reach it only through HTTP). */
export function currentReadModel(): ReadModel | null {
  return model;
}
