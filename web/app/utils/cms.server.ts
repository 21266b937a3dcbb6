// The only way the web talks to the CMS: GraphQL over HTTP with the read-only token, on the server.
import { getOperationAST, type DocumentNode } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { CmsError } from './cms-error';
import { getEnv } from './env.server';

/** A GraphQL document that carries its result and variables types (what codegen generates). */
export type TypedDocument<TResult, TVariables> = DocumentNode & {
  __apiType?: (variables: TVariables) => TResult;
};

let client: GraphQLClient | undefined;

function getClient(): GraphQLClient {
  if (!client) {
    const env = getEnv();
    client = new GraphQLClient(`${env.CMS_URL}/graphql`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.CMS_READ_TOKEN}` },
      errorPolicy: 'none',
    });
  }
  return client;
}

function operationName(document: DocumentNode): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous operation';
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof ClientError) {
    const messages = (error.response.errors ?? []).map((e) => e.message).join('; ');
    return messages ? `HTTP ${error.response.status}, GraphQL errors: ${messages}` : `HTTP ${error.response.status}`;
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}

/**
 * Runs a query against the CMS. Every failure (network, timeout, HTTP status, GraphQL errors,
 * a response without data) becomes a CmsError, so loaders handle one kind of error.
 */
export async function cmsRequest<TResult, TVariables extends object>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const operation = operationName(document);
  const timeoutMs = getEnv().CMS_TIMEOUT_MS;
  let result: TResult;
  try {
    result = await getClient().request<TResult>({ document, variables, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new CmsError(operation, error, describeFailure(error, timeoutMs));
  }
  if (result === null || typeof result !== 'object') {
    throw new CmsError(operation, result, 'the response has no data');
  }
  return result;
}
