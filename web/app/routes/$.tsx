import type { MetaFunction } from '@remix-run/node';
import { getDictionary, getLocale, titleWith } from '../utils/i18n';
import { notFound } from '../utils/http.server';

/** Every path without a route: a real 404, rendered by the root ErrorBoundary. */
export function loader(): never {
  throw notFound();
}

export const meta: MetaFunction = ({ location }) => {
  const t = getDictionary(getLocale(location.pathname));
  return [{ title: titleWith(t, t.errors.notFound.title) }, { name: 'description', content: t.errors.notFound.text }];
};

export default function NotFound() {
  return null;
}
