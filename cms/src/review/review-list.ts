import type { Core, UID } from '@strapi/strapi';
import { stockholmDate } from '@stodportalen/shared';
import { registerAdminRoutes } from '../bootstrap/admin-routes';
import { DEFAULT_LOCALE } from '../bootstrap/locales';
import { privacyStatus, type PrivacyStatus } from '../moderation/privacy';
import { incompleteShortcomings, missingAccessibilityStatementFields, unsentAccessibilityReports, type AccessibilityStatementField } from './accessibility-statement';
import { reviewCutoff, reviewInterval, reviewReasons, type ReviewReason } from './review-rule';

export interface ReviewItem {
  type: 'page' | 'support-resource';
  documentId: string;
  title: string;
  slug: string | null;
  reviewedOn: string | null;
  reasons: ReviewReason[];
}

export interface ReviewList {
  intervalMonths: number;
  /** Reviewed on this date or before (or never) is due. */
  reviewedOnOrBefore: string;
  items: ReviewItem[];
  /** The privacy notice's empty fields, whether mail is on, and the retention settings. */
  privacy: PrivacyStatus;
  /** Fields of the accessibility statement (DIGG's model) that editors have not filled in yet. */
  accessibilityStatementMissing: { field: AccessibilityStatementField; locale: string }[];
  /** Shortcomings listed without their WCAG criterion or reason. */
  accessibilityShortcomingsIncomplete: Awaited<ReturnType<typeof incompleteShortcomings>>;
  /** Accessibility reports whose mail was not sent (documentIds): read them in the admin. */
  accessibilityReportsUnsent: string[];
}

type Row = {
  documentId: string;
  locale: string | null;
  title?: string;
  name?: string;
  slug?: string | null;
  reviewedOn?: string | null;
  channels?: { value?: string | null }[];
};

/** The months setting (Webbplatsinställningar → reviewIntervalMonths), as last saved. */
async function intervalMonths(strapi: Core.Strapi): Promise<number> {
  const rows = (await strapi.db.query('api::site.site').findMany({
    where: { publishedAt: null },
    select: ['reviewIntervalMonths'],
  })) as { reviewIntervalMonths?: number | null }[];
  return reviewInterval(rows.find((row) => row.reviewIntervalMonths != null)?.reviewIntervalMonths);
}

/** One row per document (the latest saved version, Swedish where it exists). */
async function latestVersions(strapi: Core.Strapi, uid: UID.ContentType, titleField: 'title' | 'name', withChannels: boolean): Promise<Row[]> {
  const rows = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null },
    select: ['documentId', 'locale', titleField, 'slug', 'reviewedOn'],
    ...(withChannels ? { populate: { channels: { select: ['value'] } } } : {}),
    orderBy: { documentId: 'asc' },
  })) as Row[];
  const byDocument = new Map<string, Row>();
  for (const row of rows) {
    const seen = byDocument.get(row.documentId);
    if (!seen || (row.locale === DEFAULT_LOCALE && seen.locale !== DEFAULT_LOCALE)) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
}

/**
 * What editors should review now: pages and support resources not reviewed for the set number of
 * months (default 12), and support resources without any contact channel. Drafts count: what
 * editors see in the admin is what they review.
 */
export async function buildReviewList(strapi: Core.Strapi, now: Date = new Date()): Promise<ReviewList> {
  const months = await intervalMonths(strapi);
  const today = stockholmDate(now);
  const cutoff = reviewCutoff(today, months);
  const items: ReviewItem[] = [];
  for (const row of await latestVersions(strapi, 'api::support-resource.support-resource', 'name', true)) {
    const hasContactChannel = (row.channels ?? []).some((channel) => (channel.value ?? '').trim() !== '');
    const reasons = reviewReasons({ reviewedOn: row.reviewedOn ?? null, hasContactChannel }, cutoff);
    if (reasons.length > 0) items.push({ type: 'support-resource', documentId: row.documentId, title: row.name ?? '', slug: row.slug ?? null, reviewedOn: row.reviewedOn ?? null, reasons });
  }
  for (const row of await latestVersions(strapi, 'api::page.page', 'title', false)) {
    const reasons = reviewReasons({ reviewedOn: row.reviewedOn ?? null }, cutoff);
    if (reasons.length > 0) items.push({ type: 'page', documentId: row.documentId, title: row.title ?? '', slug: row.slug ?? null, reviewedOn: row.reviewedOn ?? null, reasons });
  }
  // Never reviewed first, then the oldest review.
  items.sort((a, b) => (a.reviewedOn ?? '').localeCompare(b.reviewedOn ?? '') || a.title.localeCompare(b.title, 'sv'));
  return {
    intervalMonths: months,
    reviewedOnOrBefore: cutoff,
    items,
    privacy: await privacyStatus(strapi),
    accessibilityStatementMissing: await missingAccessibilityStatementFields(strapi),
    accessibilityShortcomingsIncomplete: await incompleteShortcomings(strapi),
    accessibilityReportsUnsent: await unsentAccessibilityReports(strapi),
  };
}

/**
 * `GET /admin/review-list`: the list for signed-in admin users (any role; the admin view comes
 * later). An admin route, so neither the public nor any content-API token reaches it.
 */
export function registerReviewListRoute(strapi: Core.Strapi): void {
  registerAdminRoutes(strapi, 'review-list', [
    {
      method: 'GET',
      path: '/review-list',
      handler: async (ctx) => {
        ctx.body = { data: await buildReviewList(strapi) };
      },
    },
  ]);
}
