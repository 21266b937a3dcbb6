import type { LoaderFunctionArgs } from '@remix-run/node';
import { FixedCmsPage, fixedPageMeta } from '../components/fixed-cms-page';
import { loadFixedPage } from '../models/page.server';

/** /om: the CMS page "om-portalen" (about). */
export const loader = ({ params }: LoaderFunctionArgs) => loadFixedPage(params, 'about', 'om-portalen');

export const meta = fixedPageMeta;

export default FixedCmsPage;
