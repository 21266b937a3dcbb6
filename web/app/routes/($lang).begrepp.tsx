import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { BlocksRenderer } from '../components/blocks-renderer';
import { FallbackBadge, FallbackNotice, contentLangProps } from '../components/fallback-notice';
import { groupByLetter } from '../models/glossary';
import { getGlossary } from '../models/glossary.server';
import { requireLocale, withCms } from '../utils/http.server';
import { useI18n } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro } from '../components/page-layout';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const terms = await withCms(() => getGlossary(locale));
  return { terms };
}

export const meta = textMeta((t) => t.glossary);

export default function GlossaryPage() {
  const { terms } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const alphabet = [...t.glossary.alphabet];
  const groups = groupByLetter(terms, alphabet);
  const present = new Map(groups.map((group) => [group.letter, group.id]));
  // The alphabet, plus any first letter it lacks (a Swedish term on the English page).
  const letters = [...alphabet, ...groups.map((group) => group.letter).filter((letter) => !alphabet.includes(letter))];
  const someInSwedish = terms.some((term) => term.contentLocale !== locale);

  return (
    <div className="space-y-8">
      <PageIntro as="header" heading={t.glossary.heading} lead={t.glossary.lead} />

      {someInSwedish ? <FallbackNotice message={t.glossary.someInSwedish} /> : null}

      {groups.length > 0 ? (
        <nav aria-label={t.glossary.jumpLabel}>
          <ul className="flex flex-wrap gap-2">
            {letters.map((letter) => {
              const id = present.get(letter);
              return (
                <li key={letter}>
                  {id ? (
                    <a
                      href={`#${id}`}
                      className="link inline-flex min-h-11 min-w-11 items-center justify-center rounded border-2 border-teal-800 text-xl font-bold"
                    >
                      {letter}
                    </a>
                  ) : (
                    // A letter without terms is not a link; it still shows where the alphabet is.
                    <span className="inline-flex min-h-11 min-w-11 items-center justify-center text-xl text-slate-600">
                      {letter}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
      ) : (
        <p>{t.glossary.empty}</p>
      )}

      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="space-y-6">
          <h2 id={group.id} className="border-b-2 border-slate-300 pb-1 text-3xl font-bold text-slate-900">
            {group.letter}
          </h2>
          {group.terms.map((term) => {
            const lang = contentLangProps(term.contentLocale, locale);
            return (
              <article key={term.slug} aria-labelledby={term.slug} className="space-y-2">
                {term.contentLocale !== locale ? <FallbackBadge /> : null}
                <h3 id={term.slug} className="text-2xl font-bold text-slate-900" {...lang}>
                  {term.name}
                </h3>
                <div {...lang}>
                  <BlocksRenderer blocks={term.definition} headingBase={4} />
                </div>
                {term.source ? (
                  <p className="text-slate-700">
                    {t.glossary.sourceLabel}: <span {...lang}>{term.source}</span>
                  </p>
                ) : null}
              </article>
            );
          })}
        </section>
      ))}
    </div>
  );
}
