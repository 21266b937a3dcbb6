import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

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
