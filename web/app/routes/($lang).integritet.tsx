import type { LoaderFunctionArgs } from '@remix-run/node';
import { FixedCmsPage, fixedPageMeta } from '../components/fixed-cms-page';
import { loadFixedPage } from '../models/page.server';

/** /integritet: the CMS page "integritet" (legal). */
export const loader = ({ params }: LoaderFunctionArgs) => loadFixedPage(params, 'legal', 'integritet');

export const meta = fixedPageMeta;

export default FixedCmsPage;
