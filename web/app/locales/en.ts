import { pagesEn } from './pages';
import { fallbackEn } from './fallback';
import { supportEn } from './support';
import { glossaryEn } from './glossary';
import type { Dictionary } from './sv';
import { calendarEn } from './calendar';
import { tipEn } from './tip';
import { privacyEn } from './privacy';
import { accessibilityEn } from './accessibility';
import { availabilityEn } from './availability';
import { previewEn } from './preview';
import { followUpEn } from './follow-up';

/** English text for visitors. Same shape as sv.ts, which is the source of truth. */
export const en: Dictionary = {
  preview: previewEn,
  followUp: followUpEn,
  tip: tipEn,
  privacy: privacyEn,
  accessibility: accessibilityEn,
  availability: availabilityEn,
  calendar: calendarEn,
  pages: pagesEn,
  fallback: fallbackEn,
  support: supportEn,
  glossary: glossaryEn,
  siteName: 'Stödportalen',
  titleSuffix: ' – Stödportalen',
  /** Text alternative of the default share image (og:image:alt), public/share-default.png. */
  shareImageAlt: 'Stödportalen: support and information in Karlskoga',
  defaultDescription:
    'Support and information about prostitution and human trafficking in Karlskoga. Find out where to get help and what the municipality does.',
  skipLink: 'Skip to content',
  quickExit: {
    regionLabel: 'Quick exit',
    label: 'Leave this page quickly',
    hint: 'You can also press Shift three times quickly.',
  },
  acuteHelp: {
    heading: 'Do you need help now?',
    call: 'Call',
    bandHeading: 'Urgent help:',
    chat: (host: string) => `Chat at ${host}`,
    sms: (number: string) => `Text ${number}`,
    web: (host: string) => `Read more at ${host}`,
    asideIntro: 'The numbers are at the top of every page. This is whom they are for:',
    cannotTalk: 'Cannot talk? Where it says so below, you can chat or write instead.',
    quickExitHint: 'The Leave this page quickly button at the top takes you straight to another website.',
    hideVisitLink: 'How to hide your visit',
    supportLink: 'Find more support',
  },
  languageSwitch: { label: 'På svenska' },
  nav: {
    label: 'Main menu',
    home: 'Home',
    young: 'Young people',
    support: 'Get support',
    calendar: 'Calendar',
    plan: 'The action plan',
    staff: 'For staff',
  },
  search: {
    label: 'Search the website',
    button: 'Search',
  },
  identity: { sender: (name: string) => `Stödportalen is published by ${name}.` },
  footer: {
    label: 'About this website',
    contactFallback: 'Stödportalen is run by Karlskoga municipality.',
    campaigns: 'Campaigns',
    glossary: 'Glossary',
    about: 'About Stödportalen',
    hideVisit: 'Hide your visit',
    privacy: 'Privacy and personal data',
    accessibility: 'Accessibility',
  },
  home: {
    metaTitle: 'Home',
    heading: 'Support and information about prostitution and human trafficking',
    lead: 'Here you can find out where to get help. You can also read what Karlskoga municipality does to stop prostitution and human trafficking.',
    notYourFault: 'It is never your fault if someone exploits you. You have the right to get help.',
    audienceHeading: 'Who is this website for?',
    audiences: [
      {
        title: 'I am young',
        path: '/unga',
        text: 'You who have been offered money, things or something else in exchange for sex. Or you who are worried about a friend.',
      },
      {
        title: 'I am worried about someone',
        path: '/stod?malgrupp=narstaende',
        text: 'You who are worried about someone or have seen something that feels wrong.',
      },
      {
        title: 'I work with young people or in the municipality',
        path: '/for-personal',
        text: 'You who work for the municipality, in a school or in health care and want to know what to do.',
      },
      {
        title: 'Partners',
        path: '/kalender',
        text: 'You who work in an organisation, with the police or in the region and want to work with us.',
      },
    ],
    helpHeading: 'If you need help',
    helpIntro: 'You can call these numbers. You do not need to know exactly what to say.',
    safetyHeading: 'If someone can see what you do',
    safetyText:
      'The button Leave this page quickly at the top takes you straight to another website. This website stores no cookies. But your browser may keep the pages in its history.',
    planHeading: "The municipality's action plan",
    planIntro:
      'Karlskoga municipality has drawn up an action plan against prostitution and human trafficking. The goal in the plan is that more people know about prostitution and human trafficking, and that fewer people buy sex.',
    planActivitiesIntro: 'The plan describes five things the municipality was to do:',
    planStatusLink: 'Is the plan still valid? See its period of validity',
    planActivities: [
      'The network against violence in close relationships follows up the work and makes sure the plan is updated.',
      'Each service has routines for noticing when someone is exploited and for what to do then. Its staff learn more.',
      'A conversation guide is developed, so that staff feel confident when they meet someone who has been exploited.',
      'The municipality works with other organisations and invites people to lectures and training.',
      'Support material with contacts and places to get support is developed.',
    ],
    planLink: 'Read the whole action plan',
  },
  plan: {
    metaTitle: 'The action plan',
    metaDescription: "Karlskoga municipality's action plan to prevent prostitution and human trafficking.",
    factsHeading: 'About the plan',
    facts: {
      referenceNumber: 'Reference number',
      commissionedBy: 'Commissioned by',
      approved: 'Approved by',
      councilAdopted: 'Adopted by the municipal council',
      notInPlan: 'Not stated in the plan',
      responsibleUnit: 'Responsible',
      validityPeriod: 'Valid',
      revisionDueOn: 'To be revised by',
      updatedAt: 'Last changed on this website',
    },
    validity: {
      heading: 'Is the plan still valid?',
      periodCurrent: (period: string) => `The plan is valid ${period}.`,
      periodEnded: (period: string) => `The plan was valid ${period}. That period has ended.`,
      revisionPending: (date: string) => `The plan is to be revised by ${date}.`,
      revisionOverdue: (date: string) =>
        `The plan was to be revised by ${date}. That date has passed. The plan is shown here as it was approved.`,
    },
    caseHeading: 'Case record',
    caseIntro: 'How the department summarised the case when the plan was sent on for a decision. The text is taken from the documents.',
    goalHeading: 'Overall goal',
    tocHeading: 'On this page',
    activitiesHeading: 'The prioritised activities',
    activityStatusLabel: 'Status',
    activityResponsibleLabel: 'Responsible',
    activityFollowUpLabel: 'Follow-up',
    status: {
      notReported: 'Not reported',
      planned: 'Planned',
      ongoing: 'Ongoing',
      done: 'Done',
    },
    termsHeading: 'Terms',
    termSourceLabel: 'Source',
    referencesHeading: 'References',
  },
  errors: {
    notFound: {
      title: 'Page not found',
      text: 'We cannot find the page you are looking for. It may have been moved or removed.',
      homeLink: 'Go to the home page',
    },
    unavailable: {
      title: 'The service is temporarily unavailable',
      text: 'We cannot show the page right now. Please try again in a while.',
      acuteStillWorks: 'The numbers for urgent help work as usual. You find them at the top of the page.',
    },
    generic: {
      title: 'Something went wrong',
      text: 'The page could not be shown. Please try again in a while.',
      homeLink: 'Go to the home page',
    },
    refused: {
      400: { title: 'Bad request', text: 'Your browser sent a request we cannot read. Please try again from the home page.' },
      403: {
        title: 'The form came from another website',
        text: 'We only accept forms sent from this website. Go to the form here and send it again.',
      },
      405: { title: 'This cannot be done here', text: 'This address can only be viewed, not changed.' },
      413: {
        title: 'What you sent was too large',
        text: "The form accepts a limited amount of text. Go back with your browser's back button, shorten the text and send it again.",
      },
      415: { title: 'The form was sent in the wrong format', text: "Please send the form from the website's own page." },
    },
  },
};
