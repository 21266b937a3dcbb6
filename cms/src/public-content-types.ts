import type { UID } from '@strapi/strapi';

// Every content type the public portal shows. The public role and the web's read-only token
// may read these (published versions only); nothing public may write to any of them.
export const PUBLIC_CONTENT_TYPES = [
  'api::plan.plan',
  'api::activity.activity',
  'api::follow-up.follow-up',
  'api::term.term',
  'api::organisation.organisation',
  'api::support-resource.support-resource',
  'api::event.event',
  'api::campaign.campaign',
  'api::site.site',
  'api::page.page',
  'api::accessibility-statement.accessibility-statement',
  'api::search-synonym.search-synonym',
  'api::search-best-bet.search-best-bet',
] as const satisfies readonly UID.ContentType[];

export type PublicContentType = (typeof PUBLIC_CONTENT_TYPES)[number];
