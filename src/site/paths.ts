/**
 * Base-path and trailing-slash handling, once for the whole kit (as Starlight's `utils/base.ts` and
 * `utils/path.ts` do). A *route* is an address relative to the site's base path, starting with "/"
 * ("/", "/help/", "/lessons/x/present/"); a *file* is a path inside the build folder with "/"
 * separators ("help/index.html"); a *base* is the configured base path ("/" or "/safety-kit/").
 *
 * Pure and free of Astro and Vite, so the build, the browser, the scripts, the bench and the tests
 * share it (Node runs it as it is: relative imports in src/site/ carry their `.ts` extension).
 */

/** A base path with exactly one slash at each end: "/", "/safety-kit/". */
export function normaliseBase(base: string): string {
	const inner = base.replace(/^\/+|\/+$/g, '');
	return inner ? `/${inner}/` : '/';
}

/** Joins the base path and a route (or a file), keeping exactly one slash between them. */
export function withBase(base: string, route: string): string {
	return `${normaliseBase(base)}${route.replace(/^\/+/, '')}`;
}

/**
 * The route of a pathname the browser or a server sees ("/safety-kit/help/" under "/safety-kit/" is
 * "/help/"), or undefined when the pathname is outside the base path.
 */
export function routeOfPathname(base: string, pathname: string): string | undefined {
	const prefix = normaliseBase(base);
	if (pathname === prefix.slice(0, -1)) return '/';
	if (!pathname.startsWith(prefix)) return undefined;
	return `/${pathname.slice(prefix.length)}`;
}

/** The route a built file is served at: "help/index.html" is "/help/", "404.html" is "/404.html". */
export function routeOfFile(file: string): string {
	const path = file.split('\\').join('/').replace(/^\/+/, '');
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/** The file a route is written to: "/help/" is "help/index.html"; a route naming a file is that file. */
export function fileOfRoute(route: string): string {
	const path = route.split(/[?#]/)[0]!.replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** A route as a path inside the build folder, as written ("/pagefind/" is "pagefind/"). */
export function pathInBuild(route: string): string {
	return pathOfRoute(route).replace(/^\/+/, '');
}

/** A route without its query string and fragment ("/search/?q=x" is "/search/"). */
export function pathOfRoute(route: string): string {
	return route.split(/[?#]/)[0]!;
}

/**
 * An absolute address on the kit's public site, for things that leave the browser: the QR codes,
 * printed links and canonical links. Throws if `site` is not an http(s) URL.
 */
export function absoluteUrl(site: string | URL | undefined, base: string, route: string): string {
	if (!site)
		throw new Error(
			'The site address is not set: set SITE_URL so printed links and QR codes point somewhere real'
		);
	const origin = new URL(site);
	if (origin.protocol !== 'https:' && origin.protocol !== 'http:')
		throw new Error(`The site address must be http(s), got ${origin.href}`);
	return new URL(withBase(base, route), origin.origin).href;
}

/** A URL as people type it: no protocol, no `www.`, no trailing slash ("kit.example.org/help"). */
export function displayUrl(url: string): string {
	const u = new URL(url);
	const path = `${u.pathname}${u.search}`.replace(/\/$/, '');
	return `${u.host.replace(/^www\./, '')}${path}`;
}
