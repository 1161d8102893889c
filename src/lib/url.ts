/** Joins the site's base path and a route, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
	const left = base.endsWith('/') ? base : `${base}/`;
	const right = path.replace(/^\/+/, '');
	return `${left}${right}`;
}

/**
 * An absolute address on the kit's public site, from the configured `site` and `base`, for things that
 * leave the browser: the leaflet's QR code and printed links. Throws if `site` is not an http(s) URL.
 */
export function absoluteUrl(site: string | URL | undefined, base: string, path: string): string {
	if (!site)
		throw new Error(
			'The site address is not set: set SITE_URL so printed links and QR codes point somewhere real'
		);
	const origin = new URL(site);
	if (origin.protocol !== 'https:' && origin.protocol !== 'http:')
		throw new Error(`The site address must be http(s), got ${origin.href}`);
	return new URL(joinBase(base, path), origin.origin).href;
}

/** A URL as people type it: no protocol, no `www.`, no trailing slash ("kit.example.org/help"). */
export function displayUrl(url: string): string {
	const u = new URL(url);
	const path = `${u.pathname}${u.search}`.replace(/\/$/, '');
	return `${u.host.replace(/^www\./, '')}${path}`;
}
