/** Joins the site's base path and a route, keeping exactly one slash between them. */
export function joinBase(base: string, path: string): string {
	const left = base.endsWith('/') ? base : `${base}/`;
	const right = path.replace(/^\/+/, '');
	return `${left}${right}`;
}
