// The content types the read model holds: every type the public portal shows (the CMS's list is
// cms/src/public-content-types.ts), with the Query fields that read them.

export interface ReadModelType {
  /** The CMS's uid, as the revalidation notice names it. */
  uid: string;
  /** The GraphQL object type. */
  type: string;
  /** Collection types: the list field (`events`); `${list}_connection` counts. */
  list?: string;
  /** Single types: the field (`plan`). */
  single?: string;
}

export const READ_MODEL_TYPES: readonly ReadModelType[] = [
  { uid: 'api::plan.plan', type: 'Plan', single: 'plan' },
  { uid: 'api::activity.activity', type: 'Activity', list: 'activities' },
  { uid: 'api::follow-up.follow-up', type: 'FollowUp', list: 'followUps' },
  { uid: 'api::term.term', type: 'Term', list: 'terms' },
  { uid: 'api::organisation.organisation', type: 'Organisation', list: 'organisations' },
  { uid: 'api::support-resource.support-resource', type: 'SupportResource', list: 'supportResources' },
  { uid: 'api::event.event', type: 'Event', list: 'events' },
  { uid: 'api::campaign.campaign', type: 'Campaign', list: 'campaigns' },
  { uid: 'api::site.site', type: 'Site', single: 'site' },
  { uid: 'api::page.page', type: 'Page', list: 'pages' },
  { uid: 'api::accessibility-statement.accessibility-statement', type: 'AccessibilityStatement', single: 'accessibilityStatement' },
  { uid: 'api::search-synonym.search-synonym', type: 'SearchSynonym', list: 'searchSynonyms' },
  { uid: 'api::search-best-bet.search-best-bet', type: 'SearchBestBet', list: 'searchBestBets' },
];

export const TYPE_BY_NAME = new Map(READ_MODEL_TYPES.map((entry) => [entry.type, entry]));
export const TYPE_BY_UID = new Map(READ_MODEL_TYPES.map((entry) => [entry.uid, entry]));

/** A reference to another document as the read model stores a relation. */
export interface DocumentRef {
  documentId: string;
  locale: string | null;
}

/** One published document in one locale, as the CMS's GraphQL gives it (relations as references). */
export type StoredDocument = Record<string, unknown> & {
  documentId: string;
  locale: string;
  updatedAt?: string | null;
  publishedAt?: string | null;
};
