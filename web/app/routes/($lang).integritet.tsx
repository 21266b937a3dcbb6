import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { CmsPage } from '../components/cms-page';
import { fixedPageMeta } from '../components/fixed-cms-page';
import { PrivacyNotice } from '../components/privacy-notice';
import { loadFixedPage } from '../models/page.server';
import { getPrivacyNotice } from '../models/privacy-notice.server';
import { requireLocale, withCms } from '../utils/http.server';

/**
 * /integritet: the CMS page "integritet" (legal: cookies, third parties) followed by the privacy
 * notice's article 13 sections, built from what the system stores and the details editors fill in.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const [{ view }, notice] = await Promise.all([loadFixedPage(params, 'legal', 'integritet'), withCms(() => getPrivacyNotice(locale))]);
  return { view, notice };
}

export const meta = fixedPageMeta;

export default function PrivacyPage() {
  const { view, notice } = useLoaderData<typeof loader>();
  return <CmsPage view={view} blocks={view.page.body} showUpdated after={<PrivacyNotice notice={notice} />} />;
}
