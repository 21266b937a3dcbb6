import { useStaleContent } from '../utils/content-status';
import { useI18n } from '../utils/i18n';

/**
 * A discreet line above the page when some of its content is a last good copy (the CMS is down or
 * slow): the page still works, and the acute numbers above it are always there.
 */
export function StaleNotice() {
  const stale = useStaleContent();
  const { t } = useI18n();
  if (!stale) return null;
  return (
    <p role="note" className="mb-6 rounded-lg border border-slate-300 bg-slate-50 px-4 py-2 text-slate-800">
      {t.availability.staleNotice}
    </p>
  );
}
