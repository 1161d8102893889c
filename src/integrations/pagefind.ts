/**
 * Builds the offline search index with Pagefind's Node API once Astro has written the site, the way
 * Starlight does (`packages/starlight/integrations/pagefind.ts`): index `dist/`, write `dist/pagefind/`.
 *
 * What gets indexed is decided in the markup: `data-pagefind-body` on `<main>` of searchable pages
 * (Base.astro), `data-pagefind-ignore` on chrome and presenter notes, filters and metadata from
 * SearchMeta.astro. Pages that must never be found (the 404 page, presentation mode) are checked
 * here before indexing (also the print-only views), so a layout change cannot leak them in silently.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { recordPhase } from './bench-timings';

/** Routes (relative to the output folder, with `/` separators) that must stay out of the index. */
export const unsearchableRoutes: readonly RegExp[] = [
	/^404\.html$/,
	/^404\/index\.html$/,
	/(^|\/)present\//,
	/(^|\/)print\//,
];

/**
 * Files Pagefind writes that the kit never loads: the legacy Default and Modular UIs, the highlight
 * script and the no-language WebAssembly (the index is English only). Removing them keeps the
 * offline copy and the service worker's precache smaller.
 */
const unusedBundleFiles = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
	'wasm.unknown.pagefind',
];

/** Elements Pagefind skips on every page, in case a component forgets `data-pagefind-ignore`. */
const excludeSelectors = ['.speaker-notes', '[data-speaker-notes]', '.present-only'];

interface PagefindResponse {
	errors: string[];
}

/** Throws with every Pagefind error in the message when a response reports any. */
function assertOk<T extends PagefindResponse>(step: string, response: T): T {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind ${step} failed:\n- ${response.errors.join('\n- ')}`);
	}
	return response;
}

/** Every `.html` file under `dir`, as a path relative to it with `/` separators. */
async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/**
 * Fails when a page that must not be searchable carries `data-pagefind-body`: once any page has it,
 * pages without it are left out, so an excluded route only stays out if it does not opt in.
 */
export async function assertExcluded(dir: string): Promise<number> {
	const leaks: string[] = [];
	let checked = 0;
	for (const file of await htmlFiles(dir)) {
		if (!unsearchableRoutes.some((re) => re.test(file))) continue;
		checked += 1;
		const html = await readFile(join(dir, file), 'utf8');
		if (/\sdata-pagefind-body[\s=>]/.test(html)) leaks.push(file);
	}
	if (leaks.length > 0) {
		throw new Error(
			`These pages must not be searchable but have data-pagefind-body: ${leaks.join(', ')}. ` +
				'Render them with searchable={false} (Base.astro) or a layout without data-pagefind-body.'
		);
	}
	return checked;
}

const ms = (t: number) => (t < 1000 ? `${Math.round(t)} ms` : `${(t / 1000).toFixed(2)} s`);

/** Indexes the built site in `dir` and writes the bundle to `<dir>/pagefind/`. */
export async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const sitePath = fileURLToPath(dir);
	const outputPath = fileURLToPath(new URL('./pagefind/', dir));
	try {
		const excluded = await assertExcluded(sitePath);
		const { index } = assertOk(
			'createIndex',
			await pagefind.createIndex({ excludeSelectors, forceLanguage: 'en' })
		);
		if (!index) throw new Error('Pagefind createIndex returned no index');
		const { page_count } = assertOk('addDirectory', await index.addDirectory({ path: sitePath }));
		if (page_count === 0) throw new Error(`Pagefind found no HTML pages in ${sitePath}`);
		assertOk('writeFiles', await index.writeFiles({ outputPath }));
		await Promise.all(unusedBundleFiles.map((file) => rm(join(outputPath, file), { force: true })));
		recordPhase('pagefind', performance.now() - started, { pages: page_count });
		logger.info(
			`Read ${page_count} HTML files (${excluded} kept out: 404, presentation and print views), wrote ${relative(process.cwd(), outputPath)} in ${ms(performance.now() - started)}.`
		);
	} catch (cause) {
		const message = cause instanceof Error ? cause.message : String(cause);
		throw new Error(`Search index build failed: ${message}`, { cause });
	} finally {
		await pagefind.close();
	}
}

/**
 * The Astro integration. `metaCacheTag` is exposed to pages as `import.meta.env.PUBLIC_SEARCH_CACHE_TAG`
 * so a service worker can cache Pagefind's metadata request; it changes with every build.
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'kit:pagefind',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				const tag = process.env.SEARCH_CACHE_TAG ?? Date.now().toString(36);
				updateConfig({
					vite: { define: { 'import.meta.env.PUBLIC_SEARCH_CACHE_TAG': JSON.stringify(tag) } },
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				// For npm run bench: the Astro part of the build, from process start until the pages are written.
				recordPhase('astro', performance.now());
				await buildSearchIndex(dir, logger);
			},
		},
	};
}
