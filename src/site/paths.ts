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

/**
 * Whether an address only works on the computer (or network) it was made on: localhost, loopback,
 * private and link-local IPs, `.local` names, or anything that is not http(s). Such an address must
 * never be printed or put in a QR code.
 */
export function isLocalAddress(address: string | URL): boolean {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return true;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
	const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
	if (!host.includes('.') && !host.includes(':')) return true;
	if (
		host === '::1' ||
		host === '::' ||
		/^f[cd][0-9a-f]{2}:/.test(host) ||
		host.startsWith('fe80:')
	)
		return true;
	if (/\.(localhost|local|internal|test|invalid|home\.arpa)$/.test(host)) return true;
	const ip = host.match(/^(\d+)\.(\d+)\.\d+\.\d+$/);
	if (!ip) return false;
	const [a, b] = [Number(ip[1]), Number(ip[2])];
	return (
		a === 127 ||
		a === 10 ||
		a === 0 ||
		(a === 169 && b === 254) ||
		(a === 172 && b >= 16 && b <= 31) ||
		(a === 192 && b === 168)
	);
}

/**
 * The help page's address to print and put in QR codes, or undefined when there is no public
 * address to give (the site is unset or local): then printed materials show the phone routes.
 */
export function printedAddress(site: string | URL | undefined, base: string, route: string) {
	if (!site || isLocalAddress(site)) return undefined;
	return absoluteUrl(site, base, route);
}
