/**
 * The plan's follow-up (/handlingsplan/uppfoljning) and the "last reviewed" date of pages and
 * support resources. Plain language: short sentences.
 */
export const followUpSv = {
  metaTitle: 'Uppföljning av handlingsplanen',
  metaDescription: 'Vad som har gjorts i aktiviteterna i Karlskoga kommuns handlingsplan mot prostitution och människohandel, och när.',
  heading: 'Uppföljning av handlingsplanen',
  lead: 'Handlingsplanen följs upp genom aktiviteterna i planen. Här ser du vad som har gjorts i varje aktivitet och när.',
  validityHeading: 'Planens giltighetstid',
  validityPeriod: 'Giltighetstid',
  revisionDueOn: 'Planen ska revideras senast',
  revisionOverdue: 'Det datumet har passerat. Här finns ingen uppgift om en reviderad plan.',
  revisionUpcoming: 'Det datumet har inte passerat ännu.',
  activitiesHeading: 'Vad har gjorts i aktiviteterna?',
  statusLabel: 'Status',
  nothingReported: 'Inget är rapporterat ännu.',
  reached: { one: 'Nådde 1 person', other: 'Nådde {count} personer' },
  eventLink: 'Evenemang',
  documentLink: 'Dokument',
  pastEvent: 'Evenemang som har ägt rum',
  planLink: 'Se vad som har gjorts i planens aktiviteter',
  backLink: 'Tillbaka till handlingsplanen',
  reviewedOn: 'Senast granskad',
  notReviewedYet: 'Inte granskad ännu',
};

export const followUpEn: typeof followUpSv = {
  metaTitle: 'Follow-up of the action plan',
  metaDescription: 'What has been done in the activities of Karlskoga municipality’s action plan against prostitution and human trafficking, and when.',
  heading: 'Follow-up of the action plan',
  lead: 'The action plan is followed up through the activities in the plan. Here you can see what has been done in each activity, and when.',
  validityHeading: 'The plan’s period of validity',
  validityPeriod: 'Period of validity',
  revisionDueOn: 'The plan is to be revised by',
  revisionOverdue: 'That date has passed. We have no information here about a revised plan.',
  revisionUpcoming: 'That date has not passed yet.',
  activitiesHeading: 'What has been done in the activities?',
  statusLabel: 'Status',
  nothingReported: 'Nothing has been reported yet.',
  reached: { one: 'Reached 1 person', other: 'Reached {count} people' },
  eventLink: 'Event',
  documentLink: 'Document',
  pastEvent: 'Event that has taken place',
  planLink: 'See what has been done in the plan’s activities',
  backLink: 'Back to the action plan',
  reviewedOn: 'Last reviewed',
  notReviewedYet: 'Not reviewed yet',
};
