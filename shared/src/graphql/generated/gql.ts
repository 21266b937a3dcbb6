/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query GetHome($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n  }\n}": typeof types.GetHomeDocument,
    "query GetActionPlan($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n    updatedAt\n    metadata {\n      diarienummer\n      commissionedBy\n      approvedBy\n      approvedOn\n      councilAdoptedOn\n      councilAdoptionReference\n      responsibleUnit\n      validityPeriod\n      revisionDueOn\n    }\n    sections {\n      heading\n      anchor\n      level\n      body\n    }\n    references {\n      title\n      url\n    }\n  }\n  activities(locale: $locale, sort: [\"order:asc\"], pagination: {limit: 50}) {\n    documentId\n    title\n    description\n    responsible\n    status\n    followUpOn\n    order\n  }\n  terms(locale: $locale, sort: [\"name:asc\"], pagination: {limit: 100}) {\n    documentId\n    name\n    slug\n    definition\n    source\n  }\n}": typeof types.GetActionPlanDocument,
    "fragment SiteSettings on Site {\n  quickExitUrl\n  footerContact\n  acuteContacts {\n    label\n    number\n    when\n  }\n}\n\nquery GetSiteSettings($locale: I18NLocaleCode!) {\n  site(locale: $locale) {\n    ...SiteSettings\n  }\n}": typeof types.SiteSettingsFragmentDoc,
};
const documents: Documents = {
    "query GetHome($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n  }\n}": types.GetHomeDocument,
    "query GetActionPlan($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n    updatedAt\n    metadata {\n      diarienummer\n      commissionedBy\n      approvedBy\n      approvedOn\n      councilAdoptedOn\n      councilAdoptionReference\n      responsibleUnit\n      validityPeriod\n      revisionDueOn\n    }\n    sections {\n      heading\n      anchor\n      level\n      body\n    }\n    references {\n      title\n      url\n    }\n  }\n  activities(locale: $locale, sort: [\"order:asc\"], pagination: {limit: 50}) {\n    documentId\n    title\n    description\n    responsible\n    status\n    followUpOn\n    order\n  }\n  terms(locale: $locale, sort: [\"name:asc\"], pagination: {limit: 100}) {\n    documentId\n    name\n    slug\n    definition\n    source\n  }\n}": types.GetActionPlanDocument,
    "fragment SiteSettings on Site {\n  quickExitUrl\n  footerContact\n  acuteContacts {\n    label\n    number\n    when\n  }\n}\n\nquery GetSiteSettings($locale: I18NLocaleCode!) {\n  site(locale: $locale) {\n    ...SiteSettings\n  }\n}": types.SiteSettingsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetHome($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n  }\n}"): (typeof documents)["query GetHome($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetActionPlan($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n    updatedAt\n    metadata {\n      diarienummer\n      commissionedBy\n      approvedBy\n      approvedOn\n      councilAdoptedOn\n      councilAdoptionReference\n      responsibleUnit\n      validityPeriod\n      revisionDueOn\n    }\n    sections {\n      heading\n      anchor\n      level\n      body\n    }\n    references {\n      title\n      url\n    }\n  }\n  activities(locale: $locale, sort: [\"order:asc\"], pagination: {limit: 50}) {\n    documentId\n    title\n    description\n    responsible\n    status\n    followUpOn\n    order\n  }\n  terms(locale: $locale, sort: [\"name:asc\"], pagination: {limit: 100}) {\n    documentId\n    name\n    slug\n    definition\n    source\n  }\n}"): (typeof documents)["query GetActionPlan($locale: I18NLocaleCode!) {\n  plan(locale: $locale) {\n    title\n    summary\n    overallGoal\n    updatedAt\n    metadata {\n      diarienummer\n      commissionedBy\n      approvedBy\n      approvedOn\n      councilAdoptedOn\n      councilAdoptionReference\n      responsibleUnit\n      validityPeriod\n      revisionDueOn\n    }\n    sections {\n      heading\n      anchor\n      level\n      body\n    }\n    references {\n      title\n      url\n    }\n  }\n  activities(locale: $locale, sort: [\"order:asc\"], pagination: {limit: 50}) {\n    documentId\n    title\n    description\n    responsible\n    status\n    followUpOn\n    order\n  }\n  terms(locale: $locale, sort: [\"name:asc\"], pagination: {limit: 100}) {\n    documentId\n    name\n    slug\n    definition\n    source\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SiteSettings on Site {\n  quickExitUrl\n  footerContact\n  acuteContacts {\n    label\n    number\n    when\n  }\n}\n\nquery GetSiteSettings($locale: I18NLocaleCode!) {\n  site(locale: $locale) {\n    ...SiteSettings\n  }\n}"): (typeof documents)["fragment SiteSettings on Site {\n  quickExitUrl\n  footerContact\n  acuteContacts {\n    label\n    number\n    when\n  }\n}\n\nquery GetSiteSettings($locale: I18NLocaleCode!) {\n  site(locale: $locale) {\n    ...SiteSettings\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;