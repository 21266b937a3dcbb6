// View model of the draft preview (/forhandsvisning).
import type { Block } from '@stodportalen/shared';
import type { ResponsiveImage } from './image';

export const PREVIEW_TYPES = ['event', 'campaign', 'page'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

export type PreviewContent = {
  type: PreviewType;
  /** The locale the draft is written in (for `lang`). */
  locale: string;
  title: string;
  /** A campaign's lede or a page's summary. */
  lede: string | null;
  image: ResponsiveImage | null;
  event: {
    startsAt: string;
    endsAt: string | null;
    place: string | null;
    onlineUrl: string | null;
    organiser: string | null;
    registrationUrl: string | null;
  } | null;
  period: { startsOn: string; endsOn: string | null } | null;
  /** A campaign's linked events; `published: false` ones do not show on its page until they are published. */
  events: { title: string; startsAt: string | null; endsAt: string | null; published: boolean }[];
  body: Block[];
};

/** Why a preview link was refused (each has its own page in the locale files). */
export type PreviewProblem = 'expired' | 'invalid' | 'missing';
