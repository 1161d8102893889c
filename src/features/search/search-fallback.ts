/**
 * Search that understands a sentence, not only keywords. Pagefind returns only pages that contain
 * every word of a query (after stemming), so a sentence typed in a panic ("he says he will send it
 * to everyone unless I pay") can find nothing although the kit has the page for it. This module
 * decides, for the search page, the dialog, the tests and the bench alike:
 * - which words of a query mean something (stop words dropped, text-speak and known misspellings
 *   read as the word meant);
 * - when to search again (the query found fewer than `fewResults` pages) and on what: the
 *   meaningful words together, then the strongest single words;
 * - how to merge and order what comes back.
 * Pure TypeScript with no DOM and no data of its own: every function is handed the word lists
 * (content/data/search-words.yaml, read and checked by the build: src/features/search/search-words.ts),
 * and `searchWithFallback` is handed Pagefind's search function, so the browser only runs the
 * searches asked for here, and Vitest runs the same code on a fake index.
 */
import type { SearchWords } from '../../schemas/search-words';

export type { SearchWords };

/** Longest query looked at; the rest is ignored (people do paste whole messages). */
export const maxQueryLength = 1000;

/** Lowercase, straight apostrophes removed, every run of non-letters and non-digits one space. */
export function normaliseQuery(query: string): string {
	return query
		.slice(0, maxQueryLength)
		.toLowerCase()
		.replace(/['’‘`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Below this many results a query is searched again on its words. Three, because the first three
 * results are what a phone shows without scrolling and what the kit's query tests check: a query
 * that fills them with pages containing every word it typed keeps exactly those pages, in
 * Pagefind's order; one that leaves a place empty gets the pages its words point to after them.
 */
export const fewResults = 3;

/** Single words searched alone at once (the strongest first): each is one more search. */
export const maxSingleWords = 4;

/** Lowercase words of a phrase in the form queries are read in (see normaliseQuery). */
const wordsOf = (phrase: string): string[] => normaliseQuery(phrase).split(' ').filter(Boolean);

/** The word lists made ready for reading queries: built once per lists object (see lexicon). */
interface Lexicon {
	stopWords: ReadonlySet<string>;
	textSpeak: ReadonlyMap<string, string>;
	/** Every misspelling known, as words ("black mail" is two) mapped to the words meant. */
	misspellings: ReadonlyMap<string, string>;
	/** The misspellings of more than one word, longest first, as word lists. */
	phraseMisspellings: readonly { wrong: string[]; right: string[] }[];
	/** Phrases of the keyword tables ("who can see my", "added me"), as word lists. */
	knownPhrases: readonly string[][];
	/** Single words of the keyword tables that are not stop words ("nudes", "catfished"). */
	knownWords: ReadonlySet<string>;
}

const lexicons = new WeakMap<SearchWords, Lexicon>();

/** The lists made ready once: misspellings of the keyword tables added to the common ones, and so on. */
function lexicon(words: SearchWords): Lexicon {
	let ready = lexicons.get(words);
	if (ready) return ready;
	const stopWords = new Set(words.stopWords);
	const misspellings = new Map([
		...Object.entries(words.misspellings),
		...Object.entries(words.keywordMisspellings).flatMap(([right, wrongs]) =>
			wrongs.map((wrong) => [wordsOf(wrong).join(' '), wordsOf(right).join(' ')] as const)
		),
	]);
	const keywordTable = [
		...Object.entries(words.keywordSynonyms).flatMap(([key, variants]) => [key, ...variants]),
		...Object.keys(words.keywordMisspellings),
	].map(wordsOf);
	ready = {
		stopWords,
		textSpeak: new Map(Object.entries(words.textSpeak)),
		misspellings,
		phraseMisspellings: [...misspellings]
			.map(([wrong, right]) => ({ wrong: wrong.split(' '), right: right.split(' ') }))
			.filter(({ wrong }) => wrong.length > 1)
			.sort((a, b) => b.wrong.length - a.wrong.length),
		knownPhrases: keywordTable.filter((phrase) => phrase.length > 1),
		knownWords: new Set(keywordTable.flat().filter((word) => !stopWords.has(word))),
	};
	lexicons.set(words, ready);
	return ready;
}

/**
 * Every misspelling the lists know, as words ("black mail" is two) mapped to the words meant: the
 * common ones and those of the keyword tables.
 */
export const misspellingsOf = (words: SearchWords): ReadonlyMap<string, string> =>
	lexicon(words).misspellings;

/** Single words of the keyword tables, the strongest words to search alone ("nudes", "catfished"). */
export const knownWordsOf = (words: SearchWords): ReadonlySet<string> => lexicon(words).knownWords;

/** One word of a query, as typed and as read. */
export interface QueryWord {
	/** What was typed for it, normalised (lowercase, apostrophes removed): "pls", "black mail". */
	typed: string;
	/** The word it is read as: text-speak spelt out, a known misspelling corrected. */
	word: string;
	/** A word that says nothing about which page is wanted (and is in no known phrase of the query). */
	stop: boolean;
	/** A word of the keyword tables (`keywordSynonyms`, `keywordMisspellings`). */
	known: boolean;
}

/**
 * A stop word of the lists, a single letter or a bare number: Pagefind matches word starts, so "u"
 * or "2" would match nearly every page.
 */
export const isStopWord = (word: string, words: SearchWords): boolean =>
	lexicon(words).stopWords.has(word) || /^(\p{L}|\p{N}+)$/u.test(word);

type Token = Pick<QueryWord, 'typed' | 'word'>;

/** Corrects misspellings, phrases ("black mail") before single words ("blakmail"). */
function correct(tokens: Token[], { misspellings, phraseMisspellings }: Lexicon): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length;) {
		const phrase = phraseMisspellings.find(({ wrong }) =>
			wrong.every((w, j) => tokens[i + j]?.word === w)
		);
		if (phrase) {
			const typed = tokens
				.slice(i, i + phrase.wrong.length)
				.map((t) => t.typed)
				.join(' ');
			out.push(...phrase.right.map((word) => ({ typed, word })));
			i += phrase.wrong.length;
		} else {
			const token = tokens[i]!;
			const right = misspellings.get(token.word) ?? token.word;
			out.push(...right.split(' ').map((word) => ({ typed: token.typed, word })));
			i += 1;
		}
	}
	return out;
}

/**
 * The words of a query as the fallback reads them: text-speak spelt out, misspellings corrected,
 * each marked stop or meaningful. Total: any string gives a list and never throws.
 */
export function readQuery(query: string, lists: SearchWords): QueryWord[] {
	if (typeof query !== 'string') return [];
	const lex = lexicon(lists);
	const typed = normaliseQuery(query).split(' ').filter(Boolean);
	const spelt = typed.flatMap((t) =>
		(lex.textSpeak.get(t) ?? t).split(' ').map((word) => ({ typed: t, word }))
	);
	const words: QueryWord[] = correct(spelt, lex).map((t) => ({
		...t,
		stop: isStopWord(t.word, lists),
		known: lex.knownWords.has(t.word),
	}));
	// An age ("my 14 year old", "15yo") is how a parent or carer names their child, and the kit's
	// pages say "teenager" or "child": 13 to 19 is read as "teenager", any other age as "child".
	const person = (age: string) => (Number(age) >= 13 && Number(age) <= 19 ? 'teenager' : 'child');
	words.forEach((w, i) => {
		const short = /^(\p{N}+)(yo|yrs?|years?|yearold)$/u.exec(w.word);
		if (short) Object.assign(w, { word: person(short[1]!), stop: false, known: false });
		if (!/^\p{N}+$/u.test(w.word)) return;
		const [unit, old] = [words[i + 1], words[i + 2]];
		if (unit && /^(years?|yrs?)$/.test(unit.word) && old?.word === 'old') {
			Object.assign(old, { word: person(w.word), stop: false, known: false });
			unit.stop = true;
		}
	});
	for (const phrase of lex.knownPhrases) {
		for (let i = 0; i + phrase.length <= words.length; i += 1) {
			if (phrase.every((p, k) => words[i + k]!.word === p)) {
				for (let k = 0; k < phrase.length; k += 1) words[i + k]!.stop = false;
			}
		}
	}
	return words;
}

/** The query as read, every word kept: "pls help sum1 is blackmaling me" is "please help someone is blackmailing me". */
export function spellOut(query: string, lists: SearchWords): string {
	return readQuery(query, lists)
		.map((w) => w.word)
		.join(' ');
}

/** The meaningful words of a query, each once, in the order typed. */
export function meaningfulWords(query: string, lists: SearchWords): string[] {
	return [
		...new Set(
			readQuery(query, lists)
				.filter((w) => !w.stop)
				.map((w) => w.word)
		),
	];
}

/** What to search for a query, in order. */
export interface FallbackPlan {
	/** The query as typed (trimmed, at most maxQueryLength characters): always searched first. */
	full: string;
	/** Every meaningful word, in query order. */
	words: string[];
	/** The meaningful words together, when that differs from the query as typed. */
	meaningful?: string;
	/**
	 * The meaningful words to search alone, strongest first: `maxSingleWords` of them, then the
	 * rest only if those find nothing (so a word shared with a page is always searched).
	 */
	singles: string[];
}

/**
 * Strongest first: words of the keyword tables, then longer words (a fair guide to how specific
 * an English word is: "blackmailed" narrows more than "send"), then the order typed.
 */
function byStrength(words: QueryWord[]): string[] {
	const unique = [...new Map(words.map((w) => [w.word, w])).values()];
	return unique
		.map((w, i) => ({ w, i }))
		.sort(
			(a, b) =>
				Number(b.w.known) - Number(a.w.known) || b.w.word.length - a.w.word.length || a.i - b.i
		)
		.map(({ w }) => w.word);
}

/** The searches for a query: the query itself, then its meaningful words, then its strongest words. */
export function planFallback(query: string, lists: SearchWords): FallbackPlan {
	const full = typeof query === 'string' ? query.trim().slice(0, maxQueryLength) : '';
	const meaningful = readQuery(full, lists).filter((w) => !w.stop);
	const words = [...new Set(meaningful.map((w) => w.word))];
	const together = words.join(' ');
	const asTyped = normaliseQuery(full);
	const singles =
		words.length > 1 ? byStrength(meaningful.filter((w) => !isStopWord(w.word, lists))) : [];
	return {
		full,
		words,
		...(together && together !== asTyped ? { meaningful: together } : {}),
		singles,
	};
}

/** True when a query that found `count` pages should be searched again on its words. */
export function needsFallback(plan: FallbackPlan, count: number): boolean {
	return count < fewResults && (plan.meaningful !== undefined || plan.singles.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Merging. The engine is anything with Pagefind's `search(term, options)`; results need only an
// `id` and a `score` here, and are handed back untouched (with their `data()`), so the result list
// renders merged results exactly as it renders Pagefind's own.

/** Pagefind's `filters` search option: `{ type: "Advice" }`, `{ type: { any: [...] } }` and so on. */
export type FilterSelection = Record<string, unknown>;
/** Result counts per filter value: `{ type: { Advice: 3, Lesson: 5 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind result used here. */
export interface EngineResult {
	id: string;
	score: number;
}

/** The part of a Pagefind search response used here; other fields are passed on untouched. */
export interface EngineResponse<R extends EngineResult> {
	results: R[];
	unfilteredResultCount?: number;
	filters?: FilterCounts;
	totalFilters?: FilterCounts;
	timings?: unknown;
}

/** Options passed to every search: the reader's filters (and a sort, which turns ordering off). */
export interface SearchOptions {
	filters?: FilterSelection;
	sort?: Record<string, string>;
}

/** Pagefind's search API, or anything shaped like it (a fake index in the unit tests). */
export interface SearchEngine<R extends EngineResult> {
	search(term: string | null, options?: SearchOptions): Promise<EngineResponse<R> | null>;
	/** Pagefind's `debouncedSearch`: resolves to null when a later call has superseded this one. */
	debouncedSearch?(
		term: string,
		options: SearchOptions,
		ms: number
	): Promise<EngineResponse<R> | null>;
	filters?(): Promise<FilterCounts>;
}

/** What the fallback did, attached to the response it returns (the UI ignores it; tests read it). */
export interface FallbackReport {
	/** The searches run, in order, the query as typed first. */
	searched: string[];
	/** The plan for the query. */
	plan: FallbackPlan;
}

/** A merged response: Pagefind's shape, plus what the fallback did. */
export type MergedResponse<R extends EngineResult> = EngineResponse<R> & {
	fallback: FallbackReport;
};

/** One single-word search, for merging. */
export interface WordHits<R extends EngineResult> {
	word: string;
	results: R[];
}

/** Everything a merge needs: the results of each search run for a query. */
export interface FallbackHits<R extends EngineResult> {
	/** The query as typed. */
	full: R[];
	/** The meaningful words together. */
	meaningful?: R[];
	/** The strongest words, each alone. */
	singles?: WordHits<R>[];
}

/**
 * Merges the searches of a query into one list, each page once, in three groups: pages with every
 * word typed, then pages with every meaningful word, then pages with some of the strongest words.
 * Within a group, pages are ordered by Pagefind's score (in the last group, the sum of a page's
 * scores over the words it contains: rarer words, and words in titles and keywords, score higher,
 * and a word matched only as the start of a longer one scores little).
 */
export function mergeHits<R extends EngineResult>(hits: FallbackHits<R>): R[] {
	const seen = new Set<string>();
	const out: R[] = [];
	const group = (scored: { r: R; score: number }[]) => {
		const fresh = scored.filter(({ r }) => !seen.has(r.id));
		fresh
			.map((x, i) => ({ ...x, i }))
			.sort((a, b) => b.score - a.score || a.i - b.i)
			.forEach(({ r }) => {
				seen.add(r.id);
				out.push(r);
			});
	};
	group(hits.full.map((r) => ({ r, score: r.score })));
	if (hits.meaningful) group(hits.meaningful.map((r) => ({ r, score: r.score })));
	if (hits.singles) {
		const sums = new Map<string, { r: R; score: number }>();
		for (const { results } of hits.singles) {
			for (const r of results) {
				const page = sums.get(r.id) ?? { r, score: 0 };
				page.score += r.score;
				sums.set(r.id, page);
			}
		}
		group([...sums.values()]);
	}
	return out;
}

/** Counts per filter value over `ids`, from each value's set of page ids. */
export function countFilters(
	ids: readonly string[],
	members: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>
): FilterCounts {
	const counts: FilterCounts = {};
	for (const [filter, values] of members) {
		const byValue: Record<string, number> = {};
		for (const [value, pages] of values) {
			byValue[value] = ids.reduce((n, id) => n + (pages.has(id) ? 1 : 0), 0);
		}
		counts[filter] = byValue;
	}
	return counts;
}

type Members = Map<string, Map<string, Set<string>>>;
const membersCache = new WeakMap<object, Promise<Members | undefined>>();

const idsOf = <R extends EngineResult>(response: EngineResponse<R> | null) =>
	new Set((response?.results ?? []).map((r) => r.id));

/** Caches a promise per engine; a failed one is forgotten, so the next search tries again. */
function once<T>(cache: WeakMap<object, Promise<T>>, engine: object, load: () => Promise<T>) {
	let value = cache.get(engine);
	if (!value) {
		value = load();
		cache.set(engine, value);
		value.catch(() => cache.delete(engine));
	}
	return value;
}

/** The pages behind every filter value, for counts over merged results: one search per value, once. */
function filterMembers<R extends EngineResult>(
	engine: SearchEngine<R>
): Promise<Members | undefined> {
	return once(membersCache, engine, async () => {
		if (!engine.filters) return undefined;
		const available = await engine.filters();
		const out: Members = new Map();
		for (const [filter, values] of Object.entries(available)) {
			const byValue = new Map<string, Set<string>>();
			out.set(filter, byValue);
			for (const value of Object.keys(values)) {
				byValue.set(value, idsOf(await engine.search(null, { filters: { [filter]: value } })));
			}
		}
		return out;
	});
}

/** Settings of one caller of searchWithFallback. */
export interface FallbackSettings {
	/** Count filter values over merged results (the search page shows them; the dialog has no filters). */
	countFilters?: boolean;
	/**
	 * Run the query as typed through the engine's `debouncedSearch` with this wait (ms): when the
	 * reader types on, it resolves to null and so does this search, running no extra searches.
	 */
	debounceMs?: number;
}

/** Pages a search found before filters: the same whatever filters the reader has chosen. */
const pagesFound = <R extends EngineResult>(response: EngineResponse<R> | null | undefined) =>
	response?.unfilteredResultCount ?? response?.results.length ?? 0;

/**
 * Runs a query the kit's way, reading it with the word lists `lists`: the query as typed; when it finds fewer than `fewResults` pages,
 * its meaningful words together; when neither finds that many, its `maxSingleWords` strongest
 * words one by one (and the rest of its words if those find nothing); merged by mergeHits. The
 * response has Pagefind's shape (results keep their `data()`), so the result list shows it as
 * Pagefind's own. An empty or null query, or a sorted search, goes straight to Pagefind. A failed extra
 * search leaves the results found so far.
 *
 * Each step is decided on the pages found before filters, so a filtered search runs the same
 * searches as the unfiltered one, and finds exactly the pages its filter counts promised.
 */
export async function searchWithFallback<R extends EngineResult>(
	engine: SearchEngine<R>,
	query: string | null,
	lists: SearchWords,
	options: SearchOptions = {},
	settings: FallbackSettings = {}
): Promise<EngineResponse<R> | null> {
	if (query === null || !query.trim() || Object.keys(options.sort ?? {}).length > 0) {
		return engine.search(query, options);
	}
	const plan = planFallback(query, lists);
	const full =
		settings.debounceMs && engine.debouncedSearch
			? await engine.debouncedSearch(plan.full, options, settings.debounceMs)
			: await engine.search(plan.full, options);
	if (!full) return full;
	const searched = [plan.full];
	const respond = (results: R[], extra: Partial<EngineResponse<R>> = {}): MergedResponse<R> => ({
		...full,
		...extra,
		results,
		fallback: { searched, plan },
	});
	if (!needsFallback(plan, pagesFound(full))) {
		return respond(full.results);
	}

	const hits: FallbackHits<R> = { full: full.results };
	const searchWords = async (words: string[]) => {
		searched.push(...words);
		const responses = await Promise.all(words.map((word) => engine.search(word, options)));
		hits.singles = [
			...(hits.singles ?? []),
			...responses.map((response, i) => ({ word: words[i]!, results: response?.results ?? [] })),
		];
		return responses.reduce((n, response) => n + pagesFound(response), 0);
	};
	try {
		let most = pagesFound(full);
		if (plan.meaningful) {
			searched.push(plan.meaningful);
			const together = await engine.search(plan.meaningful, options);
			hits.meaningful = together?.results ?? [];
			most = Math.max(most, pagesFound(together));
		}
		if (most < fewResults) {
			const strongest = await searchWords(plan.singles.slice(0, maxSingleWords));
			const rest = plan.singles.slice(maxSingleWords);
			if (strongest === 0 && most === 0 && rest.length > 0) await searchWords(rest);
		}
	} catch {
		// An extra search failing must not take away what the query itself found.
	}
	const results = mergeHits(hits);
	const members = settings.countFilters
		? await filterMembers(engine).catch(() => undefined)
		: undefined;
	if (!members) return respond(results, { unfilteredResultCount: results.length });
	const counts = countFilters(
		results.map((r) => r.id),
		members
	);
	return respond(results, {
		unfilteredResultCount: results.length,
		filters: counts,
		totalFilters: counts,
	});
}
