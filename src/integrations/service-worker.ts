/**
 * Generates the offline service worker (`<outDir>/sw.js`) with Workbox's `generateSW` once the site,
 * the Pagefind bundle and the PDFs exist. Astro runs `astro:build:done` hooks one integration at a
 * time, in the order of `integrations` in astro.config.mjs, so this one must come after `pagefind()`
 * and `pdf()`; it also checks that their output is there and fails the build if not, so a reordered
 * config cannot ship a worker that silently leaves search or the leaflet out.
 *
 * What the worker does (all decided here, nothing at run time):
 * - Precaches every page's HTML, the CSS and JavaScript, the woff2 fonts, the icons and manifest, the
 *   whole `pagefind/` folder and every PDF. A school's first visit on good Wi-Fi makes the whole kit
 *   work offline. Each file is stored with a hash of its contents (its "revision"): a new build
 *   downloads only the files that changed.
 * - Pages are served cache-first from that precache. We chose this over network-first with a timeout
 *   because classroom Wi-Fi tends to be slow rather than absent: network-first would make a teacher
 *   wait for the timeout on every click of a flaky connection, in front of a class. Cache-first is
 *   instant, and content cannot go stale for ever: the browser checks `sw.js` for changes on every
 *   navigation (and the page asks again every hour), a changed build installs a new worker with the
 *   new revisions, the page then says "A new version is available" with a Reload button, and the new
 *   worker takes over by itself once every tab of the kit is closed.
 * - Query strings are ignored when looking up the precache (`/search/?q=...` is `/search/`; Pagefind's
 *   `?ts=<metaCacheTag>` requests are its own files). Hashes never reach the network, so present
 *   mode's `#slide` URLs need nothing.
 * - A navigation to a page that is not precached goes to the network; if that fails (offline) the
 *   worker answers with the friendly offline page (`/offline/`), which lists help numbers that work by
 *   phone without the internet.
 * Everything respects the base path: the manifest URLs, the worker's scope and the offline page.
 */
import { readFileSync } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { skipRequested } from './pdf';
import { findPresentations } from '../lib/deck-exports';
import { leafletPdf } from '../lib/pdf-files';
import { formatBytes } from '../lib/pdf-files';
import { joinBase } from '../lib/url';

/** The worker's file name, at the root of the base path. */
export const serviceWorkerFile = 'sw.js';

/** The page served for a navigation that is neither precached nor reachable. */
export const offlineRoute = 'offline/';

/** Files the worker precaches, relative to the output folder. */
export const precachePatterns = [
	'**/*.html',
	'**/*.{css,js,mjs}',
	// Browsers that run service workers all read woff2; the .woff copies are for much older ones.
	'**/*.woff2',
	'**/*.{svg,png,ico,webmanifest}',
	'**/*.pdf',
	// The slide exports (src/integrations/slide-exports.ts); their offline decks are .html, above.
	'**/*.pptx',
	'pagefind/**/*',
];

/** Never precached: the worker itself (Workbox leaves it out too) and the 404 page. */
export const precacheIgnores = [serviceWorkerFile, '404.html'];

/** Largest single file to precache: the PDF step caps PDFs at 1 MB; this leaves room. */
const maxFileBytes = 5 * 1024 * 1024;

/**
 * A precache manifest URL under the base path: `lessons/x/index.html` becomes `/base/lessons/x/`, the
 * address people actually use, so the navigation lookup needs no directory-index guessing.
 */
export function precacheUrl(base: string, file: string): string {
	return joinBase(base, file.replace(/(^|\/)index\.html$/, '$1'));
}

/** Fails when an output the worker must cache is missing (the integrations are in the wrong order). */
async function assertInputs(dir: string): Promise<void> {
	const needed = ['pagefind/pagefind-entry.json', 'offline/index.html', 'manifest.webmanifest'];
	if (!skipRequested()) needed.push(leafletPdf);
	const files = (await readdir(dir, { recursive: true })).map((f) => f.split('\\').join('/'));
	for (const deck of findPresentations(files, (f) => readFileSync(join(dir, f), 'utf8')))
		needed.push(deck.pptx, deck.offline);
	const missing: string[] = [];
	for (const file of needed) {
		await access(join(dir, file)).catch(() => missing.push(file));
	}
	if (missing.length > 0) {
		throw new Error(
			`The service worker must be generated after search, PDFs and slide exports, but these are missing: ${missing.join(', ')}. ` +
				'List serviceWorker() after pagefind(), pdf() and slideExports() in astro.config.mjs.'
		);
	}
}

/** Writes `<dir>/sw.js` for a site served at `base`; returns how many files it precaches and their size. */
export async function writeServiceWorker(
	dir: string,
	base: string
): Promise<{ count: number; size: number; warnings: string[] }> {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	await assertInputs(dir);
	const { count, size, warnings } = await generateSW({
		swDest: join(dir, serviceWorkerFile),
		globDirectory: dir,
		globPatterns: precachePatterns,
		globIgnores: precacheIgnores,
		maximumFileSizeToCacheInBytes: maxFileBytes,
		manifestTransforms: [
			(entries) =>
				Promise.resolve({
					manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(prefix, entry.url) })),
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
			{
				// Only navigations the precache did not answer get here (precache routes come first).
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: joinBase(prefix, offlineRoute) } },
			},
		],
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		disableDevLogs: true,
	});
	return { count, size, warnings };
}

/** Every file in the output folder, for the build log's sanity check. */
async function fileCount(dir: string): Promise<number> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).length;
}

/** The Astro integration; list it after `pagefind()` and `pdf()` in astro.config.mjs. */
export default function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'kit:service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				try {
					const { count, size, warnings } = await writeServiceWorker(out, base);
					for (const warning of warnings) logger.warn(warning);
					logger.info(
						`Wrote ${serviceWorkerFile}: precaches ${count} of ${await fileCount(out)} files (${formatBytes(size)}), scope ${base}`
					);
				} catch (cause) {
					const message = cause instanceof Error ? cause.message : String(cause);
					throw new Error(`Generating the service worker failed: ${message}`, { cause });
				}
			},
		},
	};
}
