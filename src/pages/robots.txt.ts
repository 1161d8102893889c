/**
 * robots.txt: everything may be crawled; the sitemap (from @astrojs/sitemap) lists the pages whose
 * kind belongs there, and the others say what search engines should do in their own markup (a
 * canonical link or `noindex`, src/site/kinds.ts). Built with the configured site and base path.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/paths';
import { sitemapIndex } from '../site/files';

export const GET: APIRoute = ({ site }) => {
	const sitemap = absoluteUrl(site, import.meta.env.BASE_URL, sitemapIndex());
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
