/**
 * What the tip form (/kalender/tipsa) stores about a tip and its sender, field by field, as the
 * privacy notice (/integritet) lists it. Every stored field of the event content type that the
 * submission writes or that is private must be here: cms/src/moderation/tip-data.test.ts derives
 * that set from the schema, so a new stored field without a notice entry fails.
 */
export const STORED_TIP_FIELDS = {
  // What becomes the public calendar entry once a communicator publishes it.
  title: 'event', kind: 'event', startsAt: 'event', endsAt: 'event', venue: 'event', onlineUrl: 'event', description: 'event', audiences: 'event', organiser: 'event', organiserName: 'event', registrationUrl: 'event',
  // The sender: never shown on the website.
  submitterName: 'contact', submitterEmail: 'contact', submitterLocale: 'contact', consentVersion: 'contact', consentedAt: 'contact',
  // The communicators' handling.
  moderationStatus: 'moderation', moderatorNote: 'moderation', moderatedAt: 'moderation', publishAt: 'moderation',
  // Technical: against double submissions.
  submissionKey: 'technical', submissionFingerprint: 'technical',
} as const;

export type StoredTipField = keyof typeof STORED_TIP_FIELDS;
export type StoredTipCategory = (typeof STORED_TIP_FIELDS)[StoredTipField];

/** Removed with the sender's contact details when the retention runs (cms/src/moderation/retention.ts). */
export const CLEARED_TIP_FIELDS = [
  'submitterName',
  'submitterEmail',
  'submitterLocale',
  'moderatorNote',
  'submissionFingerprint',
] as const satisfies readonly StoredTipField[];

/**
 * The version of what the sender acknowledges on the form (the box "I have read how the municipality
 * handles my data" and the privacy notice's tip section it links to). It is an acknowledgement, not
 * consent: the legal basis is the public-interest task. Stored with each tip (consentVersion,
 * consentedAt). Change it whenever `consent` in web/app/locales/tip.ts or the notice's `tips`
 * section changes: web/app/locales/tip-consent-version.test.ts fails until you do.
 */
export const TIP_CONSENT_VERSION = '2026-11-30.2';
