import type { LoaderFunctionArgs } from '@remix-run/node';
import { FixedCmsPage, fixedPageMeta } from '../components/fixed-cms-page';
import { loadFixedPage } from '../models/page.server';
import { noHydration } from '../utils/hydration';

export const handle = noHydration;

/** /integritet: the CMS page "integritet" (legal). */
export const loader = ({ params }: LoaderFunctionArgs) => loadFixedPage(params, 'legal', 'integritet');

export const meta = fixedPageMeta;

export default FixedCmsPage;
