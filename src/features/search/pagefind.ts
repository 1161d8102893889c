/**
 * Builds the offline search index with Pagefind's Node API once Astro has written the site, the way
 * Starlight does (`packages/starlight/integrations/pagefind.ts`): index `dist/`, write `dist/pagefind/`.
 *
 * Which pages are indexed is the site model's rule for their kind (src/site/kinds.ts): Base.astro
 * puts `data-pagefind-body` on `<main>` of those pages only, and once any page has it, pages without
 * it are left out. `data-pagefind-ignore` keeps chrome and presenter notes out; SearchMeta.astro adds
 * filters and metadata. Every built page is checked against its kind before indexing, both ways, so
 * a layout change can neither leak a print or presentation view in nor drop a page silently.
 *
 * One index per language: Pagefind splits the pages by their `<html lang>` ("en-gb", "cy"), and its
 * script searches the index of the page it runs on (falling back to the largest), so a Welsh page
 * searches only the Welsh pages. English is stemmed; Pagefind has no Welsh stemmer, so the Welsh
 * index matches words as written (its keyword tables carry the mutated forms: search-words.yaml).
 */
import { readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { listFiles } from '../../../tools/list-files';
import { kindRules } from '../../site/kinds';
import { builtPageAt } from '../../site/content';
import { pathInBuild, routeOfFile } from '../../site/paths';
import { searchIndexEntry } from '../../site/files';
import type { RecordPhase } from '../../integrations/bench-timings';
import { localeIds, locales } from '../../i18n/locales';
import { readSearchWordsByLocale } from './search-words';

/**
 * Files Pagefind writes that the kit never loads: the Component UI and the legacy Default and
 * Modular UIs (the kit renders results itself with pagefind.js) and the highlight script. Removing
 * them keeps the offline copy and the service worker's precache smaller. The no-language
 * WebAssembly (`wasm.unknown.pagefind`) stays: it searches the Welsh index, which has no stemmer.
 */
export const unusedBundleFiles = [
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
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

/** Pages whose markup disagrees with their kind's search rule, and how many were kept out. */
export async function searchOptInProblems(
	dir: string
): Promise<{ problems: string[]; excluded: number }> {
	const problems: string[] = [];
	let excluded = 0;
	for (const file of listFiles(dir, '**/*.html')) {
		const page = builtPageAt(routeOfFile(file));
		const searchable = kindRules[page.kind].search;
		const optedIn = /\sdata-pagefind-body[\s=>]/.test(await readFile(join(dir, file), 'utf8'));
		if (!searchable) excluded += 1;
		if (optedIn && !searchable)
			problems.push(
				`${file} (kind: ${page.kind}) has data-pagefind-body but must not be searchable`
			);
		if (!optedIn && searchable)
			problems.push(
				`${file} (kind: ${page.kind}) must be searchable but has no data-pagefind-body`
			);
	}
	return { problems, excluded };
}

/** Fails unless every page's search opt-in agrees with its kind; returns how many were kept out. */
export async function assertSearchOptIn(dir: string): Promise<number> {
	const { problems, excluded } = await searchOptInProblems(dir);
	if (problems.length > 0)
		throw new Error(
			`${problems.join('; ')}. Render pages with the kind src/site/routes.ts gives them (Base.astro's kind).`
		);
	return excluded;
}

/** What Pagefind writes in `pagefind-entry.json` about each language's index. */
interface PagefindEntry {
	languages: Record<string, { page_count: number }>;
}

/**
 * The indexes Pagefind wrote ("en-gb: 27 pages, cy: 9 pages"), or an error naming any language that
 * is not one of the kit's: a page with a stray `<html lang>` would land in an index no page searches.
 */
export function indexLanguages(entry: PagefindEntry): string {
	const known = new Set(localeIds.map((id) => locales[id].lang.toLowerCase()));
	const stray = Object.keys(entry.languages).filter((lang) => !known.has(lang));
	if (stray.length > 0)
		throw new Error(
			`pages with <html lang="${stray.join('", "')}"> made an index of their own: a page's lang must be one of ${[...known].join(', ')} (src/i18n/locales.ts)`
		);
	return Object.entries(entry.languages)
		.map(([lang, { page_count: n }]) => `${lang}: ${n} page${n === 1 ? '' : 's'}`)
		.join(', ');
}

const ms = (t: number) => (t < 1000 ? `${Math.round(t)} ms` : `${(t / 1000).toFixed(2)} s`);

/** Indexes the built site in `dir` and writes the bundle to `<dir>/pagefind/`. */
export async function buildSearchIndex(
	dir: URL,
	logger: AstroIntegrationLogger,
	recordPhase: RecordPhase
): Promise<void> {
	const started = performance.now();
	const sitePath = fileURLToPath(dir);
	const outputPath = fileURLToPath(new URL('./pagefind/', dir));
	try {
		const excluded = await assertSearchOptIn(sitePath);
		const { index } = assertOk('createIndex', await pagefind.createIndex({ excludeSelectors }));
		if (!index) throw new Error('Pagefind createIndex returned no index');
		const { page_count } = assertOk('addDirectory', await index.addDirectory({ path: sitePath }));
		if (page_count === 0) throw new Error(`Pagefind found no HTML pages in ${sitePath}`);
		assertOk('writeFiles', await index.writeFiles({ outputPath }));
		await Promise.all(unusedBundleFiles.map((file) => rm(join(outputPath, file), { force: true })));
		const languages = indexLanguages(
			JSON.parse(
				await readFile(join(sitePath, pathInBuild(searchIndexEntry())), 'utf8')
			) as PagefindEntry
		);
		recordPhase('pagefind', performance.now() - started, { pages: page_count });
		logger.info(
			`Read ${page_count} HTML files (${excluded} kept out by their kind: home, tools, presentation and print views, offline, 404), indexed ${languages}, wrote ${relative(process.cwd(), outputPath)} in ${ms(performance.now() - started)}.`
		);
	} catch (cause) {
		const message = cause instanceof Error ? cause.message : String(cause);
		throw new Error(`Search index build failed: ${message}`, { cause });
	} finally {
		await pagefind.close();
	}
}

export interface PagefindOptions {
	/** Pagefind's `metaCacheTag`, so the service worker can cache its metadata request. */
	cacheTag: string;
	recordPhase: RecordPhase;
}

/**
 * The Astro integration. The cache tag is exposed to pages as `import.meta.env.PUBLIC_SEARCH_CACHE_TAG`;
 * it changes with every build unless the SEARCH_CACHE_TAG setting fixes it. The search's word lists
 * (content/data/search-words.yaml) are read and checked before anything is built, and put into the
 * search script as `__SEARCH_WORDS__`: a malformed file stops the build, naming the field.
 */
export default function pagefindIntegration({
	cacheTag,
	recordPhase,
}: PagefindOptions): AstroIntegration {
	return {
		name: 'kit:pagefind',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						define: {
							'import.meta.env.PUBLIC_SEARCH_CACHE_TAG': JSON.stringify(cacheTag),
							__SEARCH_WORDS__: JSON.stringify(readSearchWordsByLocale()),
						},
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				// For npm run bench: the Astro part of the build, from process start until the pages are written.
				recordPhase('astro', performance.now());
				await buildSearchIndex(dir, logger, recordPhase);
			},
		},
	};
}
