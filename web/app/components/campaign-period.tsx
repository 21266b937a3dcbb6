import { formatDate, useI18n } from '../utils/i18n';

/** "20 november 2026 – 27 december 2026", or "Från 20 november 2026" without an end date. */
export function CampaignPeriod({ startsOn, endsOn }: { startsOn: string; endsOn: string | null }) {
  const { locale, t } = useI18n();
  const c = t.calendar.campaigns;
  const start = <time dateTime={startsOn}>{formatDate(startsOn, locale)}</time>;
  if (!endsOn) {
    const [before = '', after = ''] = c.periodOpen.split('{start}');
    return (
      <>
        {before}
        {start}
        {after}
      </>
    );
  }
  const [before = '', middle = '', after = ''] = c.period.split(/\{start\}|\{end\}/);
  return (
    <>
      {before}
      {start}
      {middle}
      <time dateTime={endsOn}>{formatDate(endsOn, locale)}</time>
      {after}
    </>
  );
}
