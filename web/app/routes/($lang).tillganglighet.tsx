import type { LoaderFunctionArgs } from '@remix-run/node';
import { FixedCmsPage, fixedPageMeta } from '../components/fixed-cms-page';
import { loadFixedPage } from '../models/page.server';

/** /tillganglighet: the CMS page "tillganglighet" (legal). */
export const loader = ({ params }: LoaderFunctionArgs) => loadFixedPage(params, 'legal', 'tillganglighet');

export const meta = fixedPageMeta;

export default FixedCmsPage;
