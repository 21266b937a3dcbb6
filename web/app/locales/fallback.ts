/**
 * Text for content shown in Swedish because it has no translation yet (components/fallback-notice.tsx).
 * Swedish is the fallback language, so the Swedish strings are only there to keep the shape.
 */
export const fallbackSv = {
  notice: 'Sidan finns inte på ditt språk än. Den visas på svenska.',
  easyReadNotice: 'Den lättlästa versionen finns inte på ditt språk än. Den visas på svenska.',
  badge: 'På svenska',
};

export const fallbackEn: typeof fallbackSv = {
  notice: 'This page is not available in English yet. It is shown in Swedish.',
  easyReadNotice: 'The easy-read version is not available in English yet. It is shown in Swedish.',
  badge: 'In Swedish',
};
