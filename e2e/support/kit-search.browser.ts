/**
 * Bundled by e2e/support/search.ts and run inside a page of the built site: the kit's own search
 * (Pagefind's JavaScript API on the built index, the kit's ranking and the sentence fallback), as
 * the search page and dialog run it, callable by the tests as `window.kitSearch`. The word lists
 * (`__SEARCH_WORDS__`) are put in by the bundler (e2e/support/search.ts), as the build puts them in
 * the site's own script; like it, a query is read with the lists of the page's `<html lang>`, and
 * Pagefind searches that language's index.
 */
import { searchRanking } from '../../src/features/search/search';
import {
	searchWithFallback,
	type EngineResult,
	type SearchEngine,
} from '../../src/features/search/search-fallback';
import { localeOfLang } from '../../src/i18n/locales';

interface PagefindResult extends EngineResult {
	data(): Promise<{
		url: string;
		meta: Record<string, string>;
		filters: Record<string, string[]>;
		content: string;
	}>;
}

type Pagefind = SearchEngine<PagefindResult> & {
	options(options: { ranking: Record<string, number> }): Promise<void>;
};

const engines = new Map<string, Promise<Pagefind>>();

/** Pagefind from `script` (its pagefind.js), loaded once per page with the kit's ranking. */
function engine(script: string): Promise<Pagefind> {
	let loading = engines.get(script);
	if (!loading) {
		loading = (async () => {
			const pagefind = (await import(/* @vite-ignore */ script)) as Pagefind;
			await pagefind.options({ ranking: { ...searchRanking } });
			return pagefind;
		})();
		engines.set(script, loading);
	}
	return loading;
}

/**
 * Runs `q` the kit's way (`fallback`: the search page's and dialog's) or Pagefind's alone, and returns the total and
 * the first `limit` results (all when 0), each read with Pagefind's `data()`.
 */
async function kitSearch(
	script: string,
	q: string | null,
	{
		filters,
		limit = 3,
		fallback = false,
	}: { filters?: Record<string, string>; limit?: number; fallback?: boolean } = {}
) {
	const pagefind = await engine(script);
	const options = filters ? { filters } : {};
	const response = fallback
		? await searchWithFallback(
				pagefind,
				q,
				__SEARCH_WORDS__[localeOfLang(document.documentElement.lang)],
				options
			)
		: await pagefind.search(q, options);
	const results = response?.results ?? [];
	const picked = limit > 0 ? results.slice(0, limit) : results;
	const hits = await Promise.all(
		picked.map(async (r) => {
			const d = await r.data();
			return {
				url: d.url,
				title: d.meta['title'] ?? '',
				type: d.meta['type'] ?? '',
				audience: d.meta['audience'] ?? '',
				filters: d.filters,
				content: d.content,
			};
		})
	);
	return { total: results.length, hits };
}

(globalThis as unknown as { kitSearch: typeof kitSearch }).kitSearch = kitSearch;
