/**
 * The kit's integrations, in the order they must run, with the settings each needs passed in (the
 * way Starlight's `index.ts` composes its own). Astro runs every `astro:build:done` hook one after
 * another in this order: the search index, the PDFs and the slide exports (made from the built
 * slides pages) must exist before the service worker lists them. No integration imports another;
 * adding one is one line here.
 */
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { kindRules } from '../site/kinds';
import { routeOfPathname } from '../site/paths';
import { builtPageAt } from '../site/content';
import type { Settings } from '../site/settings';
import { phaseRecorder } from './bench-timings';
import { defaultLocale, localeIds, locales } from '../i18n/locales';
import translations from '../i18n/integration';
import pagefind from '../features/search/pagefind';
import pdf from '../features/print/pdf';
import serviceWorker from '../features/offline/service-worker';
import slideExports from '../features/slides/export/slide-exports';

/** Whether a page (by its full URL) belongs in the sitemap, by its kind. */
export function inSitemap(base: string, url: string): boolean {
	const { pathname } = new URL(url);
	const route = routeOfPathname(base, pathname);
	if (route === undefined)
		throw new Error(`The sitemap was given ${url}, outside the base path ${base}`);
	return kindRules[builtPageAt(route).kind].sitemap;
}

export function kitIntegrations(settings: Settings): AstroIntegration[] {
	const recordPhase = phaseRecorder(settings.benchTimings);
	return [
		mdx(),
		translations(),
		pagefind({ cacheTag: settings.searchCacheTag, recordPhase }),
		pdf({
			skip: settings.skipPdf,
			base: settings.basePath,
			site: settings.publicSite,
			chromiumPath: settings.chromiumPath,
			recordPhase,
		}),
		slideExports({ base: settings.basePath, recordPhase }),
		sitemap({
			filter: (url) => inSitemap(settings.basePath, url),
			// Each page's counterpart in the other language, as hreflang alternates.
			i18n: {
				defaultLocale,
				locales: Object.fromEntries(localeIds.map((l) => [l, locales[l].lang])),
			},
		}),
		serviceWorker({ base: settings.basePath, pdfs: !settings.skipPdf }),
	];
}
