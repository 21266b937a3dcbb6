/**
 * The domain's vocabulary, once for the CMS and the web: the values of each enumeration (checked
 * against the types generated from the CMS schema, so a value added or removed in a schema.json
 * fails to compile here), the order they are shown in, and their Swedish URL slugs. The labels are
 * in the web's locale files, keyed by these values.
 */
import type {
  ComponentSharedAudiences,
  ComponentSharedAudiencesFiltersInput,
  Enum_Activity_Status,
  Enum_Componentcontactchannel_Kind,
  Enum_Componentcontactopeninghours_Day,
  Enum_Event_Kind,
  Enum_Supportresource_Level,
  Enum_Supportresource_Scope,
} from './graphql/generated/graphql';

/**
 * A list of every value of the generated union `T`, in the order given: a value the schema does not
 * have, or one it has and the list lacks, is a type error.
 */
function everyValueOf<T extends string>() {
  return <const List extends readonly T[]>(
    values: List & ([Exclude<T, List[number]>] extends [never] ? unknown : { missing: Exclude<T, List[number]> }),
  ): List => values;
}

/** Each value's slug → the value, in the order of `values` (for parsing and for listing choices). */
export function valuesBySlug<T extends string>(values: readonly T[], slugs: Record<T, string>): Record<string, T> {
  return Object.fromEntries(values.map((value) => [slugs[value], value]));
}

/** The value a slug stands for; null for anything unknown (a link from an older version, a typo). */
export function fromSlug<T extends string>(values: readonly T[], slugs: Record<T, string>, slug: string | null | undefined): T | null {
  return values.find((value) => slugs[value] === slug) ?? null;
}

/** The audiences component's fields (shared.audiences), in the order they are shown. */
export type Audience = keyof Omit<ComponentSharedAudiences, '__typename' | 'id'>;
export const AUDIENCES = everyValueOf<Audience>()(['youngPeople', 'adults', 'closeOnes', 'professionals', 'peopleWhoBuySex']);

/** The audiences as they appear in URLs (`?malgrupp=unga`), in the calendar and the directory alike. */
export const AUDIENCE_SLUGS: Record<Audience, string> = {
  youngPeople: 'unga',
  adults: 'vuxna',
  closeOnes: 'narstaende',
  professionals: 'yrkesverksamma',
  peopleWhoBuySex: 'koper-sex',
};

/** The GraphQL filter for content meant for an audience. */
export const AUDIENCE_FILTERS: Record<Audience, ComponentSharedAudiencesFiltersInput> = {
  youngPeople: { youngPeople: { eq: true } },
  adults: { adults: { eq: true } },
  closeOnes: { closeOnes: { eq: true } },
  professionals: { professionals: { eq: true } },
  peopleWhoBuySex: { peopleWhoBuySex: { eq: true } },
};

export type EventKind = Enum_Event_Kind;
export const EVENT_KINDS = everyValueOf<EventKind>()(['lecture', 'training', 'campaign_activity', 'meeting']);

/** The kinds as they appear in URLs (`?typ=forelasning`, `/kalender/typ/forelasning.ics`). */
export const EVENT_KIND_SLUGS: Record<EventKind, string> = {
  lecture: 'forelasning',
  training: 'utbildning',
  campaign_activity: 'kampanjaktivitet',
  meeting: 'mote',
};

/** The plan's three levels, in the order the directory shows them: acute help first. */
export type SupportLevel = Enum_Supportresource_Level;
export const SUPPORT_LEVELS = everyValueOf<SupportLevel>()(['acute', 'targeted', 'general']);
export const SUPPORT_LEVEL_SLUGS: Record<SupportLevel, string> = { acute: 'akut', targeted: 'riktad', general: 'generell' };

export type SupportScope = Enum_Supportresource_Scope;
export const SUPPORT_SCOPES = everyValueOf<SupportScope>()(['local', 'regional', 'national']);
export const SUPPORT_SCOPE_SLUGS: Record<SupportScope, string> = { local: 'lokal', regional: 'regional', national: 'nationell' };

export type ChannelKind = Enum_Componentcontactchannel_Kind;
export const CHANNEL_KINDS = everyValueOf<ChannelKind>()(['phone', 'sms', 'chat', 'email', 'web', 'visit']);
export const CHANNEL_KIND_SLUGS: Record<ChannelKind, string> = {
  phone: 'telefon',
  sms: 'sms',
  chat: 'chatt',
  email: 'e-post',
  web: 'webb',
  visit: 'besok',
};

/** The days an opening-hours row can name (contact.opening-hours). */
export type OpeningDay = Enum_Componentcontactopeninghours_Day;
// Display order (the SDL lists enum values alphabetically).
export const OPENING_DAYS = everyValueOf<OpeningDay>()(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekdays', 'weekend', 'every_day']);

/** 'notReported' until an editor reports the activity's status (the plan itself reports none). */
export type ActivityStatus = Enum_Activity_Status;
export const ACTIVITY_STATUSES = everyValueOf<ActivityStatus>()(['notReported', 'planned', 'ongoing', 'done']);

/** What the web's read model keeps of an image: what the portal shows it with (the CMS's bulk export sends these). */
export const READ_MODEL_MEDIA_FIELDS = ['url', 'alternativeText', 'width', 'height', 'formats'] as const;
