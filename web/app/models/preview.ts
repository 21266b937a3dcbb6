// View model of the draft preview (/forhandsvisning).
import type { Block } from '@stodportalen/shared';

export const PREVIEW_TYPES = ['event', 'campaign', 'page'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

export type PreviewContent = {
  type: PreviewType;
  /** The locale the draft is written in (for `lang`). */
  locale: string;
  title: string;
  /** A campaign's lede or a page's summary. */
  lede: string | null;
  event: {
    startsAt: string;
    endsAt: string | null;
    place: string | null;
    onlineUrl: string | null;
    organiser: string | null;
    registrationUrl: string | null;
  } | null;
  period: { startsOn: string; endsOn: string | null } | null;
  body: Block[];
};
