/**
 * What the search index knows about a page besides its text, and how the search reads it: how a
 * page's frontmatter keywords are expanded with the keyword tables of content/data/search-words.yaml
 * (misspellings, slang, Welsh mutations), and the ranking and page size every search uses. Pure data
 * and functions, so the unit tests, the layouts and the browser share one definition; the labels
 * shown on each result are in labels.ts, in the page's language.
 */
import type { KeyStage } from '../../schemas/lesson';
import type { Audience } from '../../schemas/page';
import type { SearchWords } from '../../schemas/search-words';
import { searchTypes, type SearchType } from '../../site/kinds.ts';

// The search types are part of the site model (each route names its own); re-exported for the search.
export { searchTypes, type SearchType };

/**
 * Pagefind ranking settings for every search the kit runs (the dialog, the search page, the tests).
 * Only the term-similarity weight moves from Pagefind's default (9): measured over the shared and the
 * kit's own query files, the default put the long teachers' and parents' guides above the advice and
 * help pages for "report to police" and left "what do I do" without the advice page in the top five.
 * Lower values let words that only start like a query word ("i" in "if", "it") count for more: at 5,
 * "what do I do if a pupil tells me" lost the first-hour guide, which has every word as typed, to
 * pages about what to do "if it happens". With no browser-side weighting of any page type, every
 * fixture query keeps an expected page in its top three from 6 to 7 (one fails at 5 and one at 8):
 * 6.5 sits in the middle.
 */
export const searchRanking = { termSimilarity: 6.5 } as const;

/**
 * Results the list shows at once; "Show more results" adds as many again. Five fill a laptop screen
 * and each loads one small fragment of the index, so the first query downloads no more than needed.
 */
export const resultsPageSize = 5;

/**
 * Most the search page may download before anyone types: its JavaScript and CSS, gzipped, inline
 * blocks included (e2e/budgets.spec.ts measures it in Chromium). Pagefind
 * itself loads only when the box is focused or a query is in the address.
 */
export const searchPageFirstLoadBudget = 50 * 1024;

/** Lowercase words of a phrase, apostrophes dropped. */
const words = (s: string) =>
	s
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/** True when the words of `key` appear in `text` in order, each as the start of a word ("friend request" in "friend requests"). */
export function containsKey(text: string, key: string): boolean {
	const hay = words(text);
	const needle = words(key);
	return hay.some((_, i) => needle.every((w, j) => hay[i + j]?.startsWith(w)));
}

/** The keyword tables of the search's word lists (content/data/search-words.yaml). */
export type KeywordTables = Pick<SearchWords, 'keywordSynonyms' | 'keywordMisspellings'>;

/**
 * A page's keywords, then the synonyms of every keyword, then the misspellings of its main
 * subjects (keywords in the title or first three), without duplicates. Misspellings are indexed
 * only on a subject's main pages: a misspelt query then finds the page a correct spelling would
 * rank first, instead of every page that mentions the word in passing.
 */
export function expandKeywords(
	keywords: readonly string[],
	title: string,
	{ keywordSynonyms, keywordMisspellings }: KeywordTables
): string[] {
	const out = new Map<string, string>();
	const add = (word: string) => {
		const key = words(word).join(' ');
		if (key && !out.has(key)) out.set(key, word.trim());
	};
	keywords.forEach(add);
	for (const [key, variants] of Object.entries(keywordSynonyms)) {
		if (keywords.some((k) => containsKey(k, key))) variants.forEach(add);
	}
	const main = [title, ...keywords.slice(0, 3)];
	for (const [key, variants] of Object.entries(keywordMisspellings)) {
		if (main.some((k) => containsKey(k, key))) variants.forEach(add);
	}
	return [...out.values()];
}

/** What SearchMeta needs to describe a page to the index. */
export interface SearchInfo {
	/** Kind of page: the `type` filter and the label on the result. */
	type: SearchType;
	/** Who the page is for: the `audience` filter and the audience line on the result. */
	audiences: readonly Audience[];
	/** Key stages, for lessons: the `stage` filter. */
	keyStages?: readonly KeyStage[];
	/** One or two sentences shown under the result title. */
	summary?: string;
	/** Words people type to find the page; indexed with extra weight, with their variants. */
	keywords?: readonly string[];
	/** Page title, to tell which keywords are the page's main subject. */
	title?: string;
}
