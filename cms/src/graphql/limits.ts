import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ValidationContext, type ValidationRule, type ValueNode } from 'graphql';

/**
 * The budget of one GraphQL operation, checked before anything runs (graphql-armor's validation
 * rules, and graphql-js's own token limit while parsing). An operation over budget is refused with
 * 400 GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED) in about a millisecond.
 *
 * Aliases are what turn one list query into a thousand (issue 10: 1,000 aliases of
 * `pages(pagination: { limit: 100 })` took 14.5 s and 38 MB); the depth limit (8, config/plugins.ts)
 * and maxLimit (100 per list) bound the rest. The web's heaviest documents
 * (shared/graphql/documents/*.graphql, all checked against a real Strapi in
 * tests/integration/hostile-clients.test.ts) use 11 aliases, 6 directives, 686 tokens and cost 1,037:
 * each limit leaves them room to grow, and no more.
 */
export const GRAPHQL_LIMITS = {
  aliases: 15,
  directives: 10,
  tokens: 1500,
  /**
   * graphql-armor's cost: 2 per object field, 1 per scalar, times 1.5 for each level of depth (it
   * does not read Strapi's `pagination.limit`; maxLimit caps each list at 100).
   */
  cost: 2000,
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

/** Report the rejection as a validation error (a 400), instead of throwing out of graphql-js's validate (a 500). */
const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export function graphqlValidationRules(): ValidationRule[] {
  return [
    maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, exposeLimits: true, ...report }),
    maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, exposeLimits: true, ...report }),
    costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, exposeLimits: true, ...report }),
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
