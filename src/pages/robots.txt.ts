/**
 * robots.txt: everything may be crawled; the sitemap (from @astrojs/sitemap) lists the public pages.
 * Presentation and print views carry `noindex` themselves. Built with the configured site and base path.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const sitemap = new URL(`${base}sitemap-index.xml`, site ?? 'http://localhost:4321').href;
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
