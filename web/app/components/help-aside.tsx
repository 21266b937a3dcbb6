import { Link } from './site-link';
import type { AcuteContact } from '@stodportalen/shared';
import { QuietChannels } from './acute-help';
import { localePath, type Dictionary, type Locale } from '../utils/i18n';

/**
 * HelpAside: "Behöver du hjälp nu?" beside the article from 1024 px (after it on a phone): whom
 * each acute number is for, how to reach them without a call, and the quick exit. The numbers are
 * tel: links in the band above, so here they are text: each tel: link is on the page once.
 */
export function HelpAside({ contacts, locale, t }: { contacts: readonly AcuteContact[]; locale: Locale; t: Dictionary }) {
  return (
    <aside aria-labelledby="hjalp-nu-rubrik" className="help-aside print:hidden">
      <div className="space-y-4 rounded-xl border-2 border-acute-line bg-acute p-5 lg:sticky lg:top-24">
        <h2 id="hjalp-nu-rubrik" className="text-step-2 leading-tight font-bold text-slate-900">
          {t.acuteHelp.heading}
        </h2>
        <p>{t.acuteHelp.asideIntro}</p>
        <ul className="space-y-3">
          {contacts.map((contact) => (
            <li key={`${contact.label}-${contact.number}`}>
              <p>
                <strong className="tabular-nums whitespace-nowrap">{contact.number}</strong>{' '}
                <span className="font-semibold text-slate-900">{contact.label}</span>
              </p>
              {contact.when ? <p className="text-base">{contact.when}</p> : null}
              <QuietChannels contact={contact} t={t} />
            </li>
          ))}
        </ul>
        <p className="text-base">{t.acuteHelp.quickExitHint}</p>
        <ul>
          <li>
            <Link to={localePath(locale, '/dolj-ditt-besok')} className="link link-standalone">
              {t.acuteHelp.hideVisitLink}
            </Link>
          </li>
          <li>
            <Link to={localePath(locale, '/stod')} className="link link-standalone">
              {t.acuteHelp.supportLink}
            </Link>
          </li>
        </ul>
      </div>
    </aside>
  );
}
