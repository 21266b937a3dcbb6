import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { TipReceipt } from '../components/tip-receipt';
import { tipReceiptView } from '../models/event-submission.server';
import { requireLocale } from '../utils/http.server';
import { getDictionary, getLocale } from '../utils/i18n';
import { pageMeta } from '../utils/meta';

// The receipt without a tip (`tipsa_` keeps it out of the form's layout: a page of its own). The
// form's action shows the receipt itself, with the reference and what was sent; this address stays
// for old links and for bots (the honeypot), and carries no personal data.

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store, private' });

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  // `?epost=nej` (old links): the CMS sends no mail, so the receipt promises none.
  return tipReceiptView(locale, null, new URL(request.url).searchParams.get('epost') !== 'nej');
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).tip.receipt;
  return pageMeta({ title: t.metaTitle, location, matches, noindex: true });
};

export default function EventTipReceipt() {
  return <TipReceipt {...useLoaderData<typeof loader>()} />;
}
