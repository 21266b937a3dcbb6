import { localePath, type Locale } from '../utils/i18n';

/** The RSS and Atom links of a listing (`base` without locale, e.g. `/kampanjer`), as list items. */
export function SyndicationLinks({ locale, base, rss, atom }: { locale: Locale; base: string; rss: string; atom: string }) {
  return (
    <>
      <li>
        <a href={localePath(locale, `${base}/rss.xml`)} type="application/rss+xml" className="link link-standalone">
          {rss}
        </a>
      </li>
      <li>
        <a href={localePath(locale, `${base}/atom.xml`)} type="application/atom+xml" className="link link-standalone">
          {atom}
        </a>
      </li>
    </>
  );
}
