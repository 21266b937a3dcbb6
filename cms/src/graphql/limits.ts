import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, Kind, visit, type DocumentNode, type GraphQLOutputType, type GraphQLSchema, type ValidationContext, type ValidationRule, type ValueNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The budget of one GraphQL operation, checked before anything runs (graphql-armor's alias and
 * directive rules, graphql-js's own token limit while parsing, and the cost below once the
 * variables are known). An operation over budget is refused with a 400 in about a millisecond.
 *
 * Aliases are what turn one list query into a thousand (issue 10: 1,000 aliases of
 * `pages(pagination: { limit: 100 })` took 14.5 s and 38 MB); lists inside lists are what turn one
 * field into ten thousand rows. The cost counts both: every field the answer can hold, each list
 * at the size it asks for. The web's own documents (shared/graphql/documents/*.graphql, all checked
 * against a real Strapi in tests/integration/hostile-clients.test.ts, at their largest variables)
 * cost at most 38,105 (GetPlanFollowUp: 20 activities with 100 entries and 100 events each): the budget
 * leaves them room to grow, and no more.
 */
export const GRAPHQL_LIMITS = {
  aliases: 15,
  directives: 10,
  tokens: 1500,
  /** Rows in a list when the query does not say (Strapi's `defaultLimit`) and at most (`maxLimit`). */
  defaultListSize: 25,
  maxListSize: 100,
  /**
   * 1 per field; a list of documents (anything with a `pagination` argument: collections,
   * relations, localizations, connections) costs its size (pagination.limit or pageSize, else the
   * default 25; at most 100) times what one row of it costs.
   */
  cost: 50_000,
  /** The JSON body of one POST /graphql (queries and variables; the web's largest is under 4 kB). */
  bodyBytes: 64 * 1024,
  /**
   * Argument values (filters above all), inline or in variables, which count toward neither tokens
   * nor cost: objects and lists nested at most this deep (the web's deepest: 9, the support filters
   * with every option), and at most this many values in all arguments together, a variable counted
   * at each use (the web's most: 187, the same filters used three times). 1,000 nested `not` took
   * 10.6 s before; 1,600 `or` conditions 1.8 s.
   */
  inputDepth: 12,
  inputValues: 400,
} as const;

/**
 * How many rows a list field with these arguments can return, or undefined for a field that is not
 * a paginated list of documents. Lists of components (a resource's channels, a channel's opening
 * hours) are not multiplied: they are stored with their document and hold no relations, so no
 * query can make them longer than an editor did.
 */
export function listSize(field: { args: readonly { name: string }[]; type: GraphQLOutputType }, args: Record<string, unknown>): number | undefined {
  if (!field.args.some((arg) => arg.name === 'pagination')) return undefined;
  if (getNamedType(field.type).name.startsWith('Component')) return undefined;
  const pagination = (args.pagination ?? {}) as { limit?: unknown; pageSize?: unknown };
  const asked = typeof pagination.limit === 'number' ? pagination.limit : typeof pagination.pageSize === 'number' ? pagination.pageSize : GRAPHQL_LIMITS.defaultListSize;
  // Strapi reads a limit below 1 (-1 above all) as "as many as allowed".
  return asked < 1 ? GRAPHQL_LIMITS.maxListSize : Math.min(asked, GRAPHQL_LIMITS.maxListSize);
}

/** A list field costs its size times one row (the field itself and what is selected in it). */
const listSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const size = listSize(field, args);
  return size === undefined ? undefined : size * (1 + childComplexity);
};

/** The cost of an operation, with its variables (which decide list sizes and @include/@skip). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

class QueryTooCostlyError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
    this.name = 'QueryTooCostlyError';
  }
}

/** Refuses, before anything runs, an operation that costs more than GRAPHQL_LIMITS.cost. */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (error) {
            // Variables that do not fit the operation: the same 400 graphql-js would give.
            if (error instanceof GraphQLError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw error;
          }
          if (cost > GRAPHQL_LIMITS.cost) throw new QueryTooCostlyError(`Query cost limit of ${GRAPHQL_LIMITS.cost} exceeded, found ${cost}.`);
        },
      };
    },
  };
}

/** Report the rejection as a validation error (a 400), instead of throwing out of graphql-js's validate (a 500). */
const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export function graphqlValidationRules(): ValidationRule[] {
  return [
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, exposeLimits: true, ...report }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, exposeLimits: true, ...report }),
  ];
}

class InputTooLargeError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    this.name = 'InputTooLargeError';
  }
}

/** How deep and how many the argument values of a document are, with each variable's value at each use. */
export function measureInput(document: Parameters<typeof visit>[0], variables: Record<string, unknown>): { depth: number; values: number } {
  let depth = 0;
  let values = 0;
  const json = (value: unknown, level: number): void => {
    values += 1;
    if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
      depth = Math.max(depth, level);
      for (const item of Array.isArray(value) ? value : Object.values(value)) json(item, level + 1);
    }
  };
  const ast = (node: ValueNode, level: number): void => {
    if (node.kind === Kind.VARIABLE) return json(variables[node.name.value], level);
    values += 1;
    if (node.kind === Kind.LIST) {
      depth = Math.max(depth, level);
      for (const item of node.values) ast(item, level + 1);
    } else if (node.kind === Kind.OBJECT) {
      depth = Math.max(depth, level);
      for (const field of node.fields) ast(field.value, level + 1);
    }
  };
  visit(document, { Argument: (node) => ast(node.value, 1) });
  return { depth, values };
}

/** Refuses, before anything runs, an operation whose arguments are deeper or larger than GRAPHQL_LIMITS allows. */
export function inputLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const { depth, values } = measureInput(document, request.variables ?? {});
          if (depth > GRAPHQL_LIMITS.inputDepth) throw new InputTooLargeError(`Input depth limit of ${GRAPHQL_LIMITS.inputDepth} exceeded, found ${depth}.`);
          if (values > GRAPHQL_LIMITS.inputValues) throw new InputTooLargeError(`Input values limit of ${GRAPHQL_LIMITS.inputValues} exceeded, found ${values}.`);
        },
      };
    },
  };
}

/**
 * Strapi's GraphQL error formatter puts an unexpected error's own name and message in
 * `extensions.error` (a database error's message is its SQL): an internal error leaves with its
 * message and code only. The whole error is in the CMS's log.
 */
export function internalErrorPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { message: 'Internal Server Error', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } } : error,
          );
        },
      };
    },
  };
}
