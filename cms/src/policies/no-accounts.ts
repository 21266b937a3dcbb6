/**
 * `global::no-accounts`: the portal has no visitor accounts. Put on users-permissions' account
 * mutations in GraphQL (bootstrap/graphql.ts), which that plugin opens to everyone.
 */
export default function noAccounts(): boolean {
  return false;
}
