/**
 * Browser side of search, shared by the header dialog and the /search/ page. It loads Pagefind's
 * documented JavaScript API (`pagefind.js` from the site's own bundle folder, base-path safe,
 * nothing from other origins) and renders the results itself: input → searchWithFallback (the
 * sentence fallback, src/features/search/search-fallback.ts, a plain function) → the result list.
 * Nothing here reads or writes Pagefind's internals: only `options`, `init`, `preload`, `search`,
 * `debouncedSearch`, `filters` and each result's `data()`. It speaks the page's language: its words
 * come from the form's `data-search-text` (SearchPanel.astro writes them from the strings file), the
 * word lists are those of the page's `<html lang>`, and so is the index Pagefind loads.
 */
import { readsLikeCallForHelp } from '../help-query';
import { resultsPageSize as pageSize, searchRanking } from '../search';
import {
	maxQueryLength,
	searchWithFallback,
	type SearchWords,
	type EngineResponse,
	type FilterCounts,
	type SearchEngine,
	type SearchOptions,
} from '../search-fallback';
import { localeOfLang } from '../../../i18n/locales';
import { withBase } from '../../../site/paths';
import { searchScript } from '../../../site/files';

/** A section of a page that matched (Pagefind's sub-results: headings with ids). */
interface SubResult {
	title: string;
	url: string;
}

/** What a result's `data()` resolves to (the fields the list shows). */
interface ResultData {
	url: string;
	meta: Record<string, string | undefined>;
	sub_results?: SubResult[];
}

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<ResultData>;
}

/** Pagefind's JavaScript API (pagefind.js, Pagefind 1.6), the parts the kit calls. */
interface Pagefind extends SearchEngine<PagefindResult> {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: SearchOptions): Promise<void>;
	debouncedSearch(
		term: string,
		options: SearchOptions,
		ms: number
	): Promise<EngineResponse<PagefindResult> | null>;
	filters(): Promise<FilterCounts>;
}

/**
 * The search's word lists (content/data/search-words.yaml) in every language, checked and put into
 * this script by the build (src/features/search/pagefind.ts), so searching needs no extra download.
 * A query is read with the lists of the page's language.
 */
const searchWords: SearchWords = __SEARCH_WORDS__[localeOfLang(document.documentElement.lang)];

/**
 * The words the script writes, in the page's language (SearchPanel.astro puts them on the form as
 * `data-search-text`); `{count}`, `{term}` and `{title}` are filled in here.
 */
export interface SearchText {
	/** The first option of every filter. */
	all: string;
	/** A result with no title. */
	untitled: string;
	/** A result with no type. */
	page: string;
	/** A result with no audience. */
	forEveryone: string;
	/** The label of a result's list of sections: "Sections of {title}". */
	sectionsOf: string;
	/** Read out when "Get help now" appears. */
	helpStatus: string;
	/** When the index cannot load. */
	unavailable: string;
	/** "{count} result", "{count} results". */
	resultOne: string;
	resultMany: string;
	/** In place of the count when nothing is found. */
	noResults: string;
	/** "{count} for {term}": the count is resultOne, resultMany or noResults. */
	forTerm: string;
	/** "{count} with the chosen filters", when there is no query. */
	withChosenFilters: string;
}

/** `template` with each `{name}` replaced by its value. */
const fill = (template: string, values: Record<string, string>) =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Wait after the last keystroke before searching (Pagefind preloads the index meanwhile). */
const debounceMs = 150;

let loading: Promise<Pagefind> | undefined;

/** Loads and configures Pagefind once; resolves to its API. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const base = withBase(import.meta.env.BASE_URL, '/');
		const pagefind = (await import(/* @vite-ignore */ withBase(base, searchScript()))) as Pagefind;
		await pagefind.options({
			baseUrl: base,
			ranking: { ...searchRanking },
			// Lets the service worker cache the index metadata: it changes with every build.
			metaCacheTag: import.meta.env.PUBLIC_SEARCH_CACHE_TAG,
		});
		void pagefind.init();
		return pagefind;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** A link target from the index, or undefined for anything but an http(s) address. */
function safeUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url, location.href);
		return /^https?:$/.test(parsed.protocol) ? url : undefined;
	} catch {
		return undefined;
	}
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className: string,
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	el.className = className;
	el.append(...children);
	return el;
}

/**
 * One result: title link, type and audience, the page's summary and up to three matching sections.
 * No excerpt: on these short pages the best match is often the hidden keyword list (SearchMeta),
 * which reads as a jumble; the summary says what the page is for.
 */
function resultItem(data: ResultData, text: SearchText): HTMLLIElement {
	const title = data.meta['title'] || text.untitled;
	const link = element('a', 'kit-result-link', title);
	const href = safeUrl(data.url);
	if (href) link.href = href;
	const item = element(
		'li',
		'kit-result',
		element('p', 'kit-result-title', link),
		element(
			'p',
			'kit-result-tags',
			element('span', 'kit-result-type', data.meta['type'] || text.page),
			' ',
			element('span', 'kit-result-audience', data.meta['audience'] || text.forEveryone)
		)
	);
	if (data.meta['summary']) item.append(element('p', 'kit-result-summary', data.meta['summary']));
	const sections = (data.sub_results ?? [])
		.filter((sub) => sub.url !== data.url && sub.title && safeUrl(sub.url))
		.slice(0, 3);
	if (sections.length > 0) {
		const list = element('ul', 'kit-result-sections');
		list.setAttribute('aria-label', fill(text.sectionsOf, { title }));
		for (const sub of sections) {
			const a = element('a', 'kit-result-section', sub.title);
			a.href = sub.url;
			list.append(element('li', '', a));
		}
		item.append(list);
	}
	return item;
}

export interface SearchSettings {
	/** Called with each query as typed (trimmed), before it is searched: the page keeps its address in step. */
	onQuery?(term: string): void;
}

/** The search UI inside `root`, wired up; returns a function that runs a query as if typed. */
export function connectSearch(
	root: HTMLElement,
	settings: SearchSettings = {}
): (query: string) => void {
	const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
	const input = $<HTMLInputElement>('[data-search-input]');
	const summary = $<HTMLElement>('[data-search-summary]');
	const list = $<HTMLUListElement>('[data-search-results]');
	const more = $<HTMLButtonElement>('[data-search-more]');
	const panel = $<HTMLElement>('[data-search-help]');
	const helpStatus = $<HTMLElement>('[data-search-help-status]');
	const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
	if (!input || !summary || !list || !more || !input.form?.dataset['searchText'])
		throw new Error('Search markup missing');
	const text = JSON.parse(input.form.dataset['searchText']) as SearchText;

	let generation = 0;
	let results: PagefindResult[] = [];
	let shown = 0;
	let term = '';

	const showHelp = (reason: 'help' | 'empty' | undefined) => {
		if (!panel) return;
		const wasHidden = panel.hidden;
		panel.hidden = !reason;
		if (reason) panel.dataset['reason'] = reason;
		else delete panel.dataset['reason'];
		if (helpStatus && wasHidden !== panel.hidden) {
			helpStatus.textContent = reason ? text.helpStatus : '';
		}
	};

	/**
	 * Every filter value with its number of pages, from Pagefind's `filters()`, loaded once before
	 * the first search: it loads every filter chunk, so each search's own counts cover every filter.
	 */
	let totals: Promise<FilterCounts> | undefined;
	const allFilters = () => {
		totals ??= loadPagefind().then((pagefind) => pagefind.filters());
		totals.catch(() => (totals = undefined));
		return totals;
	};

	/** Each filter's values, with the counts of the current search (0 where it has none). */
	const fillFilters = (names: FilterCounts, counts: FilterCounts | undefined) => {
		for (const select of selects) {
			const filter = select.dataset['searchFilter'] ?? '';
			const values = counts?.[filter] ?? {};
			const chosen = select.value;
			const options = Object.keys(names[filter] ?? {})
				.sort((a, b) => a.localeCompare(b))
				.map((name) => new Option(`${name} (${values[name] ?? 0})`, name, false, name === chosen));
			select.replaceChildren(new Option(text.all, '', false, chosen === ''), ...options);
		}
	};

	const chosenFilters = (): Record<string, string> =>
		Object.fromEntries(
			selects.filter((s) => s.value).map((s) => [s.dataset['searchFilter'] ?? '', s.value] as const)
		);

	/** Appends the next page of results; true when the list grew. */
	const showMore = async (run: number): Promise<boolean> => {
		const next = results.slice(shown, shown + pageSize);
		const data = await Promise.all(next.map((r) => r.data()));
		if (run !== generation) return false;
		list.append(...data.map((d) => resultItem(d, text)));
		shown += next.length;
		list.hidden = shown === 0;
		more.hidden = shown >= results.length;
		return next.length > 0;
	};

	const clear = () => {
		results = [];
		shown = 0;
		list.replaceChildren();
		list.hidden = true;
		more.hidden = true;
		summary.textContent = '';
		showHelp(undefined);
	};

	const warm = () => {
		if (selects.length === 0) return void loadPagefind().catch(() => undefined);
		const before = generation;
		// Before any search: every value with the number of pages it has.
		void allFilters()
			.then((names) => {
				if (before === generation) fillFilters(names, names);
			})
			.catch(() => undefined);
	};

	const run = async () => {
		const run = ++generation;
		term = input.value.slice(0, maxQueryLength).trim();
		settings.onQuery?.(term);
		const filters = chosenFilters();
		// A call for help gets the panel at once, before any result arrives.
		showHelp(term && readsLikeCallForHelp(term, searchWords) ? 'help' : undefined);
		if (!term && Object.keys(filters).length === 0) return clear();
		const pagefind = await loadPagefind().catch(() => undefined);
		if (run !== generation) return;
		if (!pagefind) {
			// The index could not load (offline before it was ever cached): say so, and offer help.
			summary.textContent = text.unavailable;
			return showHelp('empty');
		}
		if (term) void pagefind.preload(term, { filters });
		const names = selects.length > 0 ? await allFilters().catch(() => ({})) : {};
		const response = await searchWithFallback(
			pagefind,
			term || null,
			searchWords,
			{ filters },
			{ countFilters: selects.length > 0, debounceMs: term ? debounceMs : 0 }
		).catch(() => null);
		if (run !== generation || !response) return;
		results = response.results;
		shown = 0;
		list.replaceChildren();
		const n = results.length;
		const count = fill(n === 1 ? text.resultOne : text.resultMany, { count: String(n) });
		summary.textContent = term
			? fill(text.forTerm, { count: n === 0 ? text.noResults : count, term })
			: fill(text.withChosenFilters, { count });
		if (term && !readsLikeCallForHelp(term, searchWords)) showHelp(n === 0 ? 'empty' : undefined);
		if (selects.length > 0) fillFilters(names, response.filters);
		await showMore(run);
	};

	input.maxLength = maxQueryLength;
	input.addEventListener('focus', warm, { once: true });
	input.addEventListener('pointerenter', warm, { once: true });
	input.addEventListener('input', () => void run());
	// The form works without JavaScript (it loads the search page with ?q=); with it, no reload.
	input.form?.addEventListener('submit', (event) => event.preventDefault());
	for (const select of selects) {
		select.addEventListener('focus', warm, { once: true });
		select.addEventListener('change', () => void run());
	}
	more.addEventListener('click', () => {
		const first = shown;
		void showMore(generation).then((grew) => {
			if (grew) list.querySelectorAll<HTMLElement>('a.kit-result-link')[first]?.focus();
		});
	});

	// Arrow keys move between the box and the result titles; Enter follows a link, Tab works as ever.
	root.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const target = event.target as HTMLElement;
		const links = [...list.querySelectorAll<HTMLElement>('a.kit-result-link')];
		const at = target === input ? -1 : links.indexOf(target);
		if (at === -1 && target !== input) return;
		const next = at + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < -1 || next >= links.length) return;
		event.preventDefault();
		(next === -1 ? input : links[next]!).focus();
	});

	return (query: string) => {
		input.value = query.slice(0, maxQueryLength);
		warm();
		void run();
	};
}
