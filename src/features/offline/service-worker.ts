/**
 * Generates the offline service worker (`<outDir>/sw.js`) with Workbox's `generateSW` once the site,
 * the Pagefind bundle and the PDFs exist. Astro runs `astro:build:done` hooks one integration at a
 * time, in the order src/integrations/index.ts lists them, so this one must come after the search
 * index and the PDFs; it also checks that their output is there and fails the build if not, so a
 * reordered list cannot ship a worker that silently leaves search or the leaflet out.
 *
 * What the worker does (all decided here, nothing at run time):
 * - Precaches the HTML of every page whose kind says so (src/site/kinds.ts: all but the print views,
 *   whose PDFs it keeps instead, and the 404 page), the CSS and JavaScript, the woff2 fonts, the icons
 *   and manifest, the whole `pagefind/` folder and every PDF. A school's first visit on good Wi-Fi
 *   makes the whole kit work offline. Each file is stored with a hash of its contents (its
 *   "revision"): a new build downloads only the files that changed.
 * - Pages are served cache-first from that precache. We chose this over network-first with a timeout
 *   because classroom Wi-Fi tends to be slow rather than absent: network-first would make a teacher
 *   wait for the timeout on every click of a flaky connection, in front of a class. Cache-first is
 *   instant, and content cannot go stale for ever: the browser checks `sw.js` for changes on every
 *   navigation (and the page asks again every hour), a changed build installs a new worker with the
 *   new revisions, the page then says "A new version is available" with a Reload button, and the new
 *   worker takes over by itself once every tab of the kit is closed.
 * - Query strings are ignored when looking up the precache (the search page with a query is the search
 *   page; Pagefind's `?ts=<metaCacheTag>` requests are its own files). Hashes never reach the network,
 *   so present mode's `#slide` URLs need nothing.
 * - A navigation to a page that is not precached goes to the network; if that fails (offline) the
 *   worker answers with the friendly offline page, which lists help numbers that work by phone
 *   without the internet.
 * Everything respects the base path: the manifest URLs, the worker's scope and the offline page.
 */
import { readFileSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findPresentations, isOfflineDeck } from '../slides';
import { listFiles } from '../../../tools/list-files';
import { formatBytes } from '../print';
import { kindRules } from '../../site/kinds';
import { fileOfRoute, pathInBuild, routeOfFile, withBase } from '../../site/paths';
import { searchBundle, searchIndexEntry, serviceWorkerScript, webManifest } from '../../site/files';
import { builtPageAt } from '../../site/content';
import { leafletPdf, offline, routeOf } from '../../site/routes';
import { inLocale, translatedLocales } from '../../i18n/locales';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Workbox, loaded on first use with Node's own `require`: `astro sync` and `astro check` load this
 * file too and never need it, and a dynamic `import()` here would go through Vite's module runner,
 * which is closed by the time a build's hooks run.
 */
const workbox = () =>
	createRequire(import.meta.url)('workbox-build') as typeof import('workbox-build');

/** The worker's file, at the root of the base path. */
const serviceWorkerFile = fileOfRoute(serviceWorkerScript());

/** Files the worker precaches, relative to the output folder (pages only where their kind says so). */
export const precachePatterns = [
	'**/*.html',
	'**/*.{css,js,mjs}',
	// Browsers that run service workers all read woff2; the .woff copies are for much older ones.
	'**/*.woff2',
	'**/*.{svg,png,ico,webmanifest}',
	'**/*.pdf',
	// The slide exports (src/features/slides/export/slide-exports.ts); their offline decks are .html, above.
	'**/*.pptx',
	`${pathInBuild(searchBundle())}**/*`,
];

/** Never precached: the worker itself (Workbox leaves it out too), and pages whose kind is not precached. */
export function precacheIgnores(dir: string): string[] {
	// The offline decks are files to take away, not pages of the site: they are precached.
	const pages = listFiles(dir, '**/*.html').filter(
		(file) => !isOfflineDeck(file) && !kindRules[builtPageAt(routeOfFile(file)).kind].precache
	);
	return [serviceWorkerFile, ...pages];
}

/** Largest single file to precache: well above the PDF step's own cap (src/features/print/pdf.ts `maxPdfBytes`). */
const maxFileBytes = 5 * 1024 * 1024;

/**
 * A precache manifest URL under the base path: `lessons/x/index.html` becomes `/base/lessons/x/`, the
 * address people actually use, so the navigation lookup needs no directory-index guessing.
 */
export function precacheUrl(base: string, file: string): string {
	return withBase(base, routeOfFile(file));
}

/** Fails when an output the worker must cache is missing (the integrations are in the wrong order). */
async function assertInputs(dir: string, pdfs: boolean): Promise<void> {
	const needed = [
		searchIndexEntry(),
		offline(),
		webManifest(),
		...(pdfs ? [leafletPdf()] : []),
	].map(fileOfRoute);
	for (const deck of findPresentations(listFiles(dir, '**/*.html'), (f) =>
		readFileSync(join(dir, f), 'utf8')
	))
		needed.push(deck.pptx, deck.offline);
	const missing: string[] = [];
	for (const file of needed) {
		await access(join(dir, file)).catch(() => missing.push(file));
	}
	if (missing.length > 0) {
		throw new Error(
			`The service worker must be generated after search, PDFs and slide exports, but these are missing: ${missing.join(', ')}. ` +
				'List serviceWorker() after pagefind(), pdf() and slideExports() in src/integrations/index.ts.'
		);
	}
}

export interface ServiceWorkerOptions {
	/** The base path the site is built for: the worker's scope. */
	base: string;
	/** Whether the PDFs were printed (not when the SKIP_PDF setting skips them). */
	pdfs: boolean;
}

/** Writes `<dir>/sw.js`; returns how many files it precaches and their size. */
export async function writeServiceWorker(
	dir: string,
	{ base, pdfs }: ServiceWorkerOptions
): Promise<{ count: number; size: number; warnings: string[] }> {
	await assertInputs(dir, pdfs);
	const { generateSW } = workbox();
	const { count, size, warnings } = await generateSW({
		swDest: join(dir, serviceWorkerFile),
		globDirectory: dir,
		globPatterns: precachePatterns,
		globIgnores: precacheIgnores(dir),
		maximumFileSizeToCacheInBytes: maxFileBytes,
		manifestTransforms: [
			(entries) =>
				Promise.resolve({
					manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(base, entry.url) })),
					warnings: [],
				}),
		],
		// Files under _astro/ have a content hash in their name: no extra cache-busting needed.
		dontCacheBustURLsMatching: /(^|\/)_astro\//,
		ignoreURLParametersMatching: [/.*/],
		directoryIndex: 'index.html',
		// Update prompt: a new worker waits until the page asks it to take over (SKIP_WAITING) or every
		// tab of the kit is closed. clientsClaim makes the first visit's page controlled at once.
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		cacheId: 'too-good-to-be-true',
		runtimeCaching: [
			// A Welsh page not saved yet answers offline with the Welsh offline page. Everything under
			// /cy/ that is not a page (its PDFs, decks) is precached, so only navigations get here.
			...translatedLocales.map((locale) => ({
				urlPattern: new RegExp(`^[^?#]*${escapeRegExp(withBase(base, inLocale('/', locale)))}`),
				handler: 'NetworkOnly' as const,
				options: {
					precacheFallback: { fallbackURL: withBase(base, routeOf('offline', {}, locale)) },
				},
			})),
			{
				// Only navigations the precache did not answer get here (precache routes come first).
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: withBase(base, offline()) } },
			},
		],
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		disableDevLogs: true,
	});
	return { count, size, warnings };
}

/** The Astro integration (src/integrations/index.ts lists it after search and the PDFs). */
export default function serviceWorker(options: ServiceWorkerOptions): AstroIntegration {
	return {
		name: 'kit:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				try {
					const { count, size, warnings } = await writeServiceWorker(out, options);
					for (const warning of warnings) logger.warn(warning);
					logger.info(
						`Wrote ${serviceWorkerFile}: precaches ${count} of ${listFiles(out).length} files (${formatBytes(size)}), scope ${options.base}`
					);
				} catch (cause) {
					const message = cause instanceof Error ? cause.message : String(cause);
					throw new Error(`Generating the service worker failed: ${message}`, { cause });
				}
			},
		},
	};
}
