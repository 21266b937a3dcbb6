import { telHref, type AcuteContact } from '@stodportalen/shared';
import { printUrlProps } from '../utils/print-links';

/** The acute numbers as tel: links: label, number and when to call. */
export function AcuteContactList({
  contacts,
  size = 'compact',
}: {
  contacts: readonly AcuteContact[];
  size?: 'compact' | 'large';
}) {
  const large = size === 'large';
  return (
    <ul className={`grid gap-3 ${large ? 'sm:grid-cols-1' : 'md:grid-cols-2 lg:grid-cols-4'}`}>
      {contacts.map((contact) => (
        <li key={`${contact.label}-${contact.number}`}>
          <a
            href={telHref(contact.number)}
            {...printUrlProps(telHref(contact.number), contact.number)}
            className={`block h-full rounded-lg border-2 border-slate-800 bg-white text-slate-900 no-underline hover:bg-amber-100 ${
              large ? 'px-5 py-4' : 'px-4 py-2'
            }`}
          >
            <span className="flex flex-wrap items-baseline gap-x-3">
              <span className={`font-bold whitespace-nowrap tabular-nums ${large ? 'text-3xl' : 'text-2xl'}`}>
                {contact.number}
              </span>
              <span className="font-semibold underline underline-offset-4">{contact.label}</span>
            </span>
            {contact.when ? <span className="mt-1 block">{contact.when}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The band under the quick exit on every page: "Behöver du hjälp nu?" and the numbers. */
export function AcuteHelpBand({ heading, contacts }: { heading: string; contacts: readonly AcuteContact[] }) {
  return (
    <aside aria-labelledby="akut-hjalp-rubrik" className="acute-band border-b-4 border-amber-500 bg-amber-50">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <h2 id="akut-hjalp-rubrik" className="mb-2 text-xl font-bold text-slate-900">
          {heading}
        </h2>
        <AcuteContactList contacts={contacts} />
      </div>
    </aside>
  );
}
