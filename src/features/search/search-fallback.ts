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
 * Pure TypeScript with no DOM: `searchWithFallback` is handed Pagefind's search function, so the
 * browser only runs the searches asked for here, and Vitest runs the same code on a fake index.
 */
import { keywordMisspellings, keywordSynonyms, typeLabel } from './search';

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

/**
 * How much more a pupil page (advice or help) counts than any other page that fits the words as
 * well. Pupils are the kit's first readers and the ones who may be in trouble; teachers' and
 * parents' pages still come first where they fit more than twice as well. Every query in the
 * fixture files keeps an expected page in its top three at any factor from 1 to 6: the factor
 * only decides which of two fitting pages a pupil sees first.
 */
export const pupilPageWeight = 2;

/** Kinds of page (the `type` filter) that pupils read: advice and help. */
export const pupilPageTypes: readonly string[] = [typeLabel.advice, typeLabel.help];

/**
 * Words that say nothing about which page someone wants: pronouns, articles, prepositions,
 * auxiliary verbs, question words, fillers and text-speak fillers, in normalised form (lowercase,
 * apostrophes removed: "don't" is "dont"). Never a word the kit's keywords use on its own ("help",
 * "report", "tell", "stop", "pay", "share"); a unit test checks every one-word keyword in content/.
 * Single letters and bare numbers count as stop words too: Pagefind matches word starts, so "u"
 * or "2" would match nearly every page.
 */
export const stopWords: ReadonlySet<string> = new Set(
	`a about above after again against ago ah all almost also am an and another any anybody anyone
	anything anyway are arent around as at aint
	be because been before being below between both but by
	can cannot cant could couldnt
	dear did didnt do does doesnt doing done dont during
	each either else even ever every everybody everyone everything
	few for from
	get gets getting go goes going gone gonna got gotta gotten
	had hadnt has hasnt have havent having he hed hell her here hers herself hes hey hi him himself
	his hmm how hows
	i id if ill im in into is isnt it itd itll its itself ive
	just
	kind know knew knows
	let lets like literally lol lot lots
	made make makes making many may maybe me might mine more most much must my myself
	need needs no nor not now
	of off oh ok okay omg on once one only onto or other others our ours ourselves out over own
	honest honestly please perhaps
	quite
	rather really right round
	said same say saying says seem seems shall she shed shell shes should shouldnt since so some
	somebody someone something sometimes somehow soon still such sure
	than thank thanks that thats the their theirs them themselves then there theres these they
	theyd theyll theyre theyve thing things think thinking this those though thought through to too
	totally
	um uh under unless until up upon us
	very
	want wanted wanting wants was wasnt way we wed well went were werent weve what whatever whats
	when whenever where wheres whether which while who whoever whole whom whos whose why will
	with within without wont would wouldnt
	yeah yes yet you youd youll your youre yours yourself yourselves youve`
		.split(/\s+/)
		.filter(Boolean)
);

/**
 * Text-speak and chat spellings, read as the words meant before anything else. Most become stop
 * words ("u", "pls", "wat"); the rest become the word the kit's pages use ("ppl" is "people",
 * "nudez" is "nudes", "m8" is "mate"), so "pls help some1 has my nudez" searches "help nudes".
 */
export const textSpeak: Readonly<Record<string, string>> = {
	u: 'you',
	ur: 'your',
	urs: 'yours',
	r: 'are',
	y: 'why',
	n: 'and',
	pls: 'please',
	plz: 'please',
	plez: 'please',
	ppl: 'people',
	peeps: 'people',
	some1: 'someone',
	sum1: 'someone',
	any1: 'anyone',
	every1: 'everyone',
	evry1: 'everyone',
	no1: 'no one',
	2: 'to',
	4: 'for',
	b4: 'before',
	m8: 'mate',
	m8s: 'mates',
	gf: 'girlfriend',
	bf: 'boyfriend',
	bc: 'because',
	bcos: 'because',
	bcoz: 'because',
	cos: 'because',
	coz: 'because',
	cuz: 'because',
	wat: 'what',
	wot: 'what',
	wut: 'what',
	idk: 'dont know',
	dunno: 'dont know',
	wanna: 'want to',
	rn: 'right now',
	tbh: 'to be honest',
	ngl: 'honestly',
	thx: 'thanks',
	ty: 'thank you',
	txt: 'text',
	msg: 'message',
	msgs: 'messages',
	pix: 'pics',
	insta: 'instagram',
	ig: 'instagram',
	dm: 'message',
	dms: 'messages',
	nudez: 'nudes',
	nudies: 'nudes',
	nood: 'nude',
	noods: 'nudes',
};

/**
 * Misspellings of the words frightened pupils and worried adults type most, read as the word
 * meant. The kit's own table (`keywordMisspellings`, indexed on each subject's main pages) is
 * added below, so every misspelling the index knows is also corrected in a sentence.
 */
const commonMisspellings: Readonly<Record<string, string>> = {
	blackmaling: 'blackmailing',
	blackmailling: 'blackmailing',
	blakmailing: 'blackmailing',
	blackmailin: 'blackmailing',
	blackmaled: 'blackmailed',
	blackmailled: 'blackmailed',
	blakmailed: 'blackmailed',
	blackmaler: 'blackmailer',
	thretening: 'threatening',
	threatning: 'threatening',
	thretning: 'threatening',
	threatend: 'threatened',
	thretened: 'threatened',
	polise: 'police',
	pollice: 'police',
	poilce: 'police',
	embarassed: 'embarrassed',
	embarrased: 'embarrassed',
	embarased: 'embarrassed',
	pitcures: 'pictures',
	picutres: 'pictures',
	pictues: 'pictures',
	freind: 'friend',
	freinds: 'friends',
	frend: 'friend',
	frends: 'friends',
	acount: 'account',
	accont: 'account',
	girlfreind: 'girlfriend',
	boyfreind: 'boyfriend',
	parnets: 'parents',
	scard: 'scared',
	payed: 'paid',
};

/** Lowercase words of a phrase in the form queries are read in (see normaliseQuery). */
const wordsOf = (phrase: string): string[] => normaliseQuery(phrase).split(' ').filter(Boolean);

/**
 * Every misspelling the kit knows, as words ("black mail" is two) mapped to the words meant: the
 * common ones above and the kit's own table.
 */
export const misspellings: ReadonlyMap<string, string> = new Map([
	...Object.entries(commonMisspellings),
	...Object.entries(keywordMisspellings).flatMap(([right, wrongs]) =>
		wrongs.map((wrong) => [wordsOf(wrong).join(' '), wordsOf(right).join(' ')] as const)
	),
]);

/** The misspellings of more than one word, longest first, as word lists. */
const phraseMisspellings = [...misspellings]
	.map(([wrong, right]) => ({ wrong: wrong.split(' '), right: right.split(' ') }))
	.filter(({ wrong }) => wrong.length > 1)
	.sort((a, b) => b.wrong.length - a.wrong.length);

/** Every word and phrase of the kit's keyword tables (keys and their variants), as word lists. */
const keywordTable: readonly string[][] = [
	...Object.entries(keywordSynonyms).flatMap(([key, variants]) => [key, ...variants]),
	...Object.keys(keywordMisspellings),
].map(wordsOf);

/**
 * Phrases of the kit's keyword tables ("who can see my", "added me", "take down"): their words are
 * kept even where they are stop words on their own, so a query that uses the phrase keeps it.
 */
const knownPhrases = keywordTable.filter((words) => words.length > 1);

/** Single words of the kit's keyword tables, the strongest words to search alone ("nudes", "catfished"). */
export const knownWords: ReadonlySet<string> = new Set(
	keywordTable.flat().filter((word) => !stopWords.has(word))
);

/** One word of a query, as typed and as read. */
export interface QueryWord {
	/** What was typed for it, normalised (lowercase, apostrophes removed): "pls", "black mail". */
	typed: string;
	/** The word it is read as: text-speak spelt out, a known misspelling corrected. */
	word: string;
	/** A word that says nothing about which page is wanted (and is in no known phrase of the query). */
	stop: boolean;
	/** A word of the kit's keyword tables (`keywordSynonyms`, `keywordMisspellings`). */
	known: boolean;
}

/** A stop word, a single letter or a bare number. */
export const isStopWord = (word: string): boolean =>
	stopWords.has(word) || /^(\p{L}|\p{N}+)$/u.test(word);

type Token = Pick<QueryWord, 'typed' | 'word'>;

/** Corrects misspellings, phrases ("black mail") before single words ("blakmail"). */
function correct(tokens: Token[]): Token[] {
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
export function readQuery(query: string): QueryWord[] {
	if (typeof query !== 'string') return [];
	const typed = normaliseQuery(query).split(' ').filter(Boolean);
	const spelt = typed.flatMap((t) =>
		(textSpeak[t] ?? t).split(' ').map((word) => ({ typed: t, word }))
	);
	const words: QueryWord[] = correct(spelt).map((t) => ({
		...t,
		stop: isStopWord(t.word),
		known: knownWords.has(t.word),
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
	for (const phrase of knownPhrases) {
		for (let i = 0; i + phrase.length <= words.length; i += 1) {
			if (phrase.every((p, k) => words[i + k]!.word === p)) {
				for (let k = 0; k < phrase.length; k += 1) words[i + k]!.stop = false;
			}
		}
	}
	return words;
}

/** The query as read, every word kept: "pls help sum1 is blackmaling me" is "please help someone is blackmailing me". */
export function spellOut(query: string): string {
	return readQuery(query)
		.map((w) => w.word)
		.join(' ');
}

/** The meaningful words of a query, each once, in the order typed. */
export function meaningfulWords(query: string): string[] {
	return [
		...new Set(
			readQuery(query)
				.filter((w) => !w.stop)
				.map((w) => w.word)
		),
	];
}

/**
 * Words by which a parent, carer or teacher says the search is about someone in their care: "my
 * son", "our daughter", "my 14 year old" (read as "my teenager"), "a pupil", "lesson". Pupils do
 * not name themselves this way ("some kid at school" is not "my kid", and "my class" could be
 * anyone's), so the words alone say who is asking, as a filter would.
 */
const adultWords = {
	/** After "my" or "our". */
	possessed: new Set([
		'son',
		'sons',
		'daughter',
		'daughters',
		'child',
		'children',
		'kid',
		'kids',
		'teen',
		'teens',
		'teenager',
		'teenagers',
	]),
	/** Anywhere. */
	alone: new Set([
		'pupil',
		'pupils',
		'student',
		'students',
		'teach',
		'teaching',
		'lesson',
		'lessons',
	]),
};

/** True when the query's words say a parent, carer or teacher is asking (see adultWords). */
export function askedByAdult(query: string): boolean {
	// Numbers and "year" are skipped, so the "teenager" read from "my 14 year old" follows "my".
	const words = readQuery(query)
		.map((w) => w.word)
		.filter((word) => !/^(\p{N}+|years?|yrs?)$/u.test(word));
	return words.some(
		(word, i) =>
			adultWords.alone.has(word) ||
			(adultWords.possessed.has(word) && ['my', 'our'].includes(words[i - 1] ?? ''))
	);
}

/** What to search for a query, in order. */
export interface FallbackPlan {
	/** The query as typed (trimmed, at most maxQueryLength characters): always searched first. */
	full: string;
	/** Every meaningful word, in query order. */
	words: string[];
	/** The query's words say a parent, carer or teacher is asking: pupil pages get no extra weight. */
	adult: boolean;
	/** The meaningful words together, when that differs from the query as typed. */
	meaningful?: string;
	/**
	 * The meaningful words to search alone, strongest first: `maxSingleWords` of them, then the
	 * rest only if those find nothing (so a word shared with a page is always searched).
	 */
	singles: string[];
}

/**
 * Strongest first: words of the kit's keyword tables, then longer words (a fair guide to how
 * specific an English word is: "blackmailed" narrows more than "send"), then the order typed.
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
export function planFallback(query: string): FallbackPlan {
	const full = typeof query === 'string' ? query.trim().slice(0, maxQueryLength) : '';
	const read = readQuery(full);
	const meaningful = read.filter((w) => !w.stop);
	const words = [...new Set(meaningful.map((w) => w.word))];
	const together = words.join(' ');
	const asTyped = normaliseQuery(full);
	const singles = words.length > 1 ? byStrength(meaningful.filter((w) => !isStopWord(w.word))) : [];
	return {
		full,
		words,
		adult: askedByAdult(full),
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

const active = (filters: FilterSelection | undefined): boolean =>
	Object.values(filters ?? {}).some((v) =>
		Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== ''
	);

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
 * and a word matched only as the start of a longer one scores little), with pupil pages (`pupil`)
 * counting `pupilPageWeight` times when `pupilFirst` (see searchWithFallback: not when the reader
 * has chosen filters or the words say an adult is asking).
 */
export function mergeHits<R extends EngineResult>(
	hits: FallbackHits<R>,
	pupil: ReadonlySet<string>,
	pupilFirst: boolean
): R[] {
	const weight = (id: string) => (pupilFirst && pupil.has(id) ? pupilPageWeight : 1);
	const seen = new Set<string>();
	const out: R[] = [];
	const group = (scored: { r: R; score: number }[]) => {
		const fresh = scored.filter(({ r }) => !seen.has(r.id));
		fresh
			.map((x, i) => ({ ...x, i, w: x.score * weight(x.r.id) }))
			.sort((a, b) => b.w - a.w || a.i - b.i)
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
const pupilCache = new WeakMap<object, Promise<Set<string>>>();
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

/** Ids of the pupil pages (advice and help): one filter-only search per engine. */
function pupilPages<R extends EngineResult>(engine: SearchEngine<R>): Promise<Set<string>> {
	return once(pupilCache, engine, async () =>
		idsOf(await engine.search(null, { filters: { type: { any: [...pupilPageTypes] } } }))
	);
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
 * Runs a query the kit's way: the query as typed; when it finds fewer than `fewResults` pages,
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
	options: SearchOptions = {},
	settings: FallbackSettings = {}
): Promise<EngineResponse<R> | null> {
	if (query === null || !query.trim() || Object.keys(options.sort ?? {}).length > 0) {
		return engine.search(query, options);
	}
	const plan = planFallback(query);
	// Filters say what the reader wants, and so do words such as "my son" or "a pupil": then pupil
	// pages count the same as any other.
	const pupilFirst = !active(options.filters) && !plan.adult;
	const pupilPromise = pupilFirst ? pupilPages(engine) : Promise.resolve(new Set<string>());
	const full =
		settings.debounceMs && engine.debouncedSearch
			? await engine.debouncedSearch(plan.full, options, settings.debounceMs)
			: await engine.search(plan.full, options);
	if (!full) return full;
	const pupil = await pupilPromise.catch(() => new Set<string>());
	const searched = [plan.full];
	const respond = (results: R[], extra: Partial<EngineResponse<R>> = {}): MergedResponse<R> => ({
		...full,
		...extra,
		results,
		fallback: { searched, plan },
	});
	if (!needsFallback(plan, pagesFound(full))) {
		return respond(mergeHits({ full: full.results }, pupil, pupilFirst));
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
	const results = mergeHits(hits, pupil, pupilFirst);
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
