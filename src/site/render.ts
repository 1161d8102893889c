/**
 * The site model as pages and components use it while Astro renders them (they read
 * `import.meta.env.BASE_URL`; scripts and tests use src/site/paths.ts and routes.ts directly).
 */
import type { PageKind } from './kinds.ts';
import { routeOfPathname, withBase } from './paths.ts';
import { builtPageAt } from './content.ts';
import { notFound, type SitePage } from './routes.ts';

/** A link to a route (src/site/routes.ts) under the configured base path. */
export const href = (route: string): string => withBase(import.meta.env.BASE_URL, route);

/**
 * The page being rendered at `url`, checked against the kind its layout was given: a page rendered
 * with another kind than the model's would be listed, indexed or printed wrongly, so it fails the build.
 */
export function pageOfRender(url: URL, kind: PageKind): SitePage {
	// Astro renders the 404 page at an address of its own choosing; it is the one error page.
	const route =
		kind === 'error' ? notFound() : (routeOfPathname(import.meta.env.BASE_URL, url.pathname) ?? '');
	const page = builtPageAt(route);
	if (page.kind !== kind)
		throw new Error(
			`${route} is rendered as a ${kind} page, but the site model (src/site/routes.ts) says it is a ${page.kind} page`
		);
	return page;
}
