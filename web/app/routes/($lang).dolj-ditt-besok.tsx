import type { LoaderFunctionArgs } from '@remix-run/node';
import { FixedCmsPage, fixedPageMeta } from '../components/fixed-cms-page';
import { loadFixedPage } from '../models/page.server';

/** /dolj-ditt-besok: the CMS page "dolj-ditt-besok" (legal). */
export const loader = ({ params }: LoaderFunctionArgs) => loadFixedPage(params, 'legal', 'dolj-ditt-besok');

export const meta = fixedPageMeta;

export default FixedCmsPage;
