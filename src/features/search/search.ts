/**
 * What the search index knows about a page besides its text: the filter values and labels shown on
 * each result, and the extra words (misspellings, slang) indexed beside a page's frontmatter keywords.
 * Pure data and functions, so the unit tests and the layouts share one definition.
 */
import type { KeyStage } from '../../schemas/lesson';
import type { Audience } from '../../schemas/page';
import { searchTypes, type SearchType } from '../../site/kinds';

// The search types are part of the site model (each route names its own); re-exported for the search.
export { searchTypes, type SearchType };

/** The label shown on a result and offered in the type filter. */
export const typeLabel: Record<SearchType, string> = {
	lesson: 'Lesson',
	talk: 'Talk',
	advice: 'Advice',
	help: 'Help',
	leaflet: 'Leaflet',
	guide: 'Guide',
	glossary: 'Glossary',
	practice: 'Practice',
	about: 'About the kit',
};

/** Audience filter values, as offered in the filter. */
export const audienceLabel: Record<Audience, string> = {
	pupils: 'Pupils',
	parents: 'Parents and carers',
	teachers: 'Teachers',
};

/** Key stage filter values. */
export const keyStageFilterLabel: Record<KeyStage, string> = {
	KS3: 'KS3',
	KS4: 'KS4',
	'post-16': 'Post-16',
};

/**
 * Pagefind ranking settings for every search the kit runs (the dialog, the search page, the tests).
 * Only the term-similarity weight moves from Pagefind's default (9): measured over the shared and the
 * kit's own query files, the default put the long teachers' and parents' guides above the advice and
 * help pages for "report to police" and left "what do I do" without the advice page in the top five;
 * at 5 every query has an expected page in its top three and most have it first.
 */
export const searchRanking = { termSimilarity: 5 } as const;

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

/** Filter keys in the index (`data-pagefind-filter`), with the label the search page shows. */
export const searchFilters = {
	audience: 'Who it is for',
	type: 'Type of page',
	stage: 'Key stage',
} as const;

/** "For pupils", "For parents and carers and teachers": the audience line on a result. */
export function audienceLine(audiences: readonly Audience[]): string {
	const names = audiences.map((a) => audienceLabel[a].toLowerCase());
	if (names.length === 0) return 'For everyone';
	if (names.length === 1) return `For ${names[0]}`;
	return `For ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Other words for a keyword, indexed wherever the keyword is: slang, plain-word versions and
 * inflections, so "catfished" or "photo removed" find the pages about fake accounts or take-downs.
 */
export const keywordSynonyms: Readonly<Record<string, readonly string[]>> = {
	sextortion: ['sex extortion', 'extortion', 'sextorted'],
	blackmail: ['threatened', 'threatening', 'threats', 'ruin my life', 'expose me'],
	nudes: ['nudez', 'naked pics', 'nude pics', 'nude photos', 'my pics'],
	'fake account': ['catfish', 'catfished', 'catfishing', 'fake profile'],
	'friend request': ['friend req', 'follow request', 'added me', 'stranger added me'],
	'report remove': ['report and remove'],
	'taken down': ['take down', 'takedown', 'removed', 'remove', 'delete', 'deleted'],
	picture: ['photo', 'photos', 'pic', 'pics', 'image', 'images', 'selfie', 'video', 'vid'],
	privacy: ['private account', 'who can see my'],
	leaflet: ['flyer', 'handout'],
	'lesson plan': ['scheme of work'],
	disclosure: ['disclose', 'discloses', 'disclosed'],
	'ground rules': ['class rules'],
	safeguarding: ['safeguard'],
	pupil: ['student', 'students'],
	'my child': ['my kid', 'my kids', 'my teen'],
};

/**
 * Common misspellings of a keyword. Pagefind has no fuzzy matching, so they are indexed as text, but
 * only on pages whose main subject the keyword is (it is in the title or among the first three
 * keywords): a misspelt query then finds the page a correct spelling would rank first, instead of
 * every page that mentions the word in passing.
 */
export const keywordMisspellings: Readonly<Record<string, readonly string[]>> = {
	sextortion: ['sextortin', 'sextorshun', 'sextorsion', 'sextotion', 'sextorsh'],
	blackmail: ['blackmale', 'blakmail', 'blackmial', 'black mail'],
	childline: ['childlne', 'childine', 'child line', 'childlin'],
	ceop: ['ceops', 'seop'],
	privacy: ['privasy', 'privicy', 'privacy setings'],
	leaflet: ['leeflet', 'leaflett'],
	'lesson plan': ['lessonplan'],
	disclosure: ['disclosur', 'discloser'],
	'ground rules': ['groundrules'],
	safeguarding: ['safegaurding', 'safegarding'],
	'fake account': ['fake acount', 'fake acc'],
};

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

/**
 * A page's keywords, then the synonyms of every keyword, then the misspellings of its main
 * subjects (keywords in the title or first three), without duplicates.
 */
export function expandKeywords(keywords: readonly string[], title = ''): string[] {
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
