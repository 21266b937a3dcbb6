// Links within the site. No page hydrates (utils/hydration.ts), so a link is an <a> and nothing
// more: Remix's Link added prefetch state, click handlers and two resolutions of its path to every
// link, and a page has 50 of them (7 % of the time of rendering a never-seen page at 10,000 events,
// and 12 % of what it allocated: decision 032). A page that hydrates gets Remix's Link and NavLink,
// as does a path that is not a plain absolute one (relative, with `.` or `..` segments).
import { Link as RemixLink, NavLink as RemixNavLink, useLocation } from '@remix-run/react';
import { createContext, forwardRef, useContext, type AnchorHTMLAttributes } from 'react';

/** True on a page that hydrates (root.tsx provides it). */
export const HydrationContext = createContext(false);

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/**
 * A path that is its own href: absolute, with no empty, `.` or `..` segment, no trailing slash, and
 * no bare `?` or `#` at its end (the router drops those).
 */
const PLAIN_PATH = /^(?=\/)(?:\/|(?:(?!\/\.{0,2}(?:[/?#]|$))[^?#])+)(?:\?[^#]+)?(?:#.+)?$/;

export function isPlainPath(to: string): boolean {
  return PLAIN_PATH.test(to);
}

export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, ...rest }, ref) {
  const hydrates = useContext(HydrationContext);
  if (hydrates || !isPlainPath(to)) return <RemixLink ref={ref} to={to} {...rest} />;
  return <a ref={ref} {...rest} href={to} />;
});

type NavLinkProps = LinkProps & { end?: boolean; className?: string };

/**
 * Whether a link to `to` is the current page or (unless `end`) a page under it, as Remix's NavLink
 * decides it: on the percent-encoded path (as the request's is), case-insensitively, at a segment
 * boundary.
 */
export function isActivePath(locationPathname: string, to: string, end: boolean): boolean {
  const target = new URL(to.split(/[?#]/)[0] ?? '/', 'http://localhost').pathname.toLowerCase();
  const current = locationPathname.toLowerCase();
  if (current === target) return true;
  if (end) return false;
  const slash = target !== '/' && target.endsWith('/') ? target.length - 1 : target.length;
  return current.startsWith(target) && current.charAt(slash) === '/';
}

/** A navigation link: `aria-current="page"` and the class `active` on the current page. */
export const NavLink = forwardRef<HTMLAnchorElement, NavLinkProps>(function NavLink({ to, end = false, className, ...rest }, ref) {
  const hydrates = useContext(HydrationContext);
  const { pathname } = useLocation();
  if (hydrates || !isPlainPath(to)) return <RemixNavLink ref={ref} to={to} end={end} className={className} {...rest} />;
  const active = isActivePath(pathname, to, end);
  return <a ref={ref} {...rest} aria-current={active ? 'page' : undefined} className={[className, active ? 'active' : null].filter(Boolean).join(' ')} href={to} />;
});
