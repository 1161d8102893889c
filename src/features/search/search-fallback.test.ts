import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseMdx, walk } from '../../lib/mdx';
import {
	fewResults,
	isStopWord,
	maxSingleWords,
	meaningfulWords,
	mergeHits,
	needsFallback,
	normaliseQuery,
	planFallback,
	readQuery,
	searchWithFallback,
	type EngineResponse,
	type FilterSelection,
	type SearchEngine,
	type SearchOptions,
} from './search-fallback';
import { readSearchWords } from './search-words';
import { sourceOf } from '../../i18n/files';
import type { Locale } from '../../i18n/locales';

/** The kit's own word lists (content/data/search-words.yaml), as the build reads them. */
const lists = readSearchWords();

/**
 * A small index that behaves like Pagefind where it matters here: a page is found only when it
 * has every word of the query, each word matching the start of a page word (so "pay" finds
 * "paying"); a word matched whole scores more than one matched as the start of a longer word, and
 * rarer words score more. Filters work on `type` and `audience`, with `{ any: [...] }`.
 */
interface FakePage {
	id: string;
	type: string;
	audience: string;
	text: string;
}

class FakeIndex implements SearchEngine<{ id: string; score: number }> {
	readonly calls: { term: string | null; options: SearchOptions | undefined }[] = [];
	failOn: string | undefined = undefined;
	constructor(readonly pages: FakePage[]) {}

	private matches(page: FakePage, filters: FilterSelection = {}) {
		return Object.entries(filters).every(([key, wanted]) => {
			const value = (page as unknown as Record<string, string>)[key];
			if (typeof wanted === 'string') return value === wanted;
			if (Array.isArray(wanted)) return wanted.every((w) => w === value);
			const any = (wanted as { any?: string[] }).any;
			return any ? any.includes(value ?? '') : true;
		});
	}

	search(term: string | null, options?: SearchOptions) {
		this.calls.push({ term, options });
		if (term !== null && term === this.failOn)
			return Promise.reject(new Error('index chunk failed'));
		const pages = this.pages.filter((p) => this.matches(p, options?.filters));
		const query = term === null ? [] : normaliseQuery(term).split(' ').filter(Boolean);
		if (term !== null && query.length === 0) return Promise.resolve({ results: [] });
		const scored = pages.flatMap((page) => {
			const words = normaliseQuery(page.text).split(' ');
			let score = term === null ? 1 : 0;
			for (const q of query) {
				const found = words.filter((w) => w.startsWith(q));
				if (found.length === 0) return [];
				const df = this.pages.filter((p) => normaliseQuery(p.text).includes(q)).length;
				const whole = found.filter((w) => w === q).length;
				score += ((whole + 0.2 * (found.length - whole)) / words.length) * Math.log(1 + 10 / df);
			}
			return [{ id: page.id, score }];
		});
		scored.sort((a, b) => b.score - a.score);
		return Promise.resolve({
			results: scored,
			unfilteredResultCount: scored.length,
			filters: { type: { Pagefind: scored.length } },
			totalFilters: { type: { Pagefind: scored.length } },
		});
	}

	filters() {
		const counts: Record<string, Record<string, number>> = { type: {}, audience: {} };
		for (const page of this.pages) {
			counts['type']![page.type] = (counts['type']![page.type] ?? 0) + 1;
			counts['audience']![page.audience] = (counts['audience']![page.audience] ?? 0) + 1;
		}
		return Promise.resolve(counts);
	}

	/** The searches a query ran, without the one-off filter-only searches. */
	searched() {
		return this.calls.filter((c) => c.term !== null).map((c) => c.term);
	}
}

const kit = (): FakeIndex =>
	new FakeIndex([
		{
			id: 'if-it-happens',
			type: 'Advice',
			audience: 'Pupils',
			text: 'If it happens to you. Someone is threatening to send your picture to your friends unless you pay. Do not pay. Stop replying, keep the evidence and tell someone.',
		},
		{
			id: 'helping-a-friend',
			type: 'Advice',
			audience: 'Pupils',
			text: 'Helping a friend or mate who is being blackmailed. Listen, do not share the pictures, help them tell an adult.',
		},
		{
			id: 'help',
			type: 'Help',
			audience: 'Pupils',
			text: 'Get help now. Childline, report to the police, get a picture taken down.',
		},
		{
			id: 'lesson-if-it-happens',
			type: 'Lesson',
			audience: 'Teachers',
			text: 'Lesson: if it happens. Pupils learn what to do when someone threatens to send a picture to everyone unless they pay: do not pay, report it, tell a trusted adult. Timings, teacher notes, worksheet.',
		},
		{
			id: 'parents',
			type: 'Guide',
			audience: 'Parents',
			text: 'For parents and carers. If your son, daughter or teenager is being blackmailed online: stay calm, do not pay, report it.',
		},
		{
			id: 'glossary',
			type: 'Glossary',
			audience: 'Pupils',
			text: 'Words and meanings: hash, catfish, sextortion, evidence.',
		},
	]);

const ids = (response: EngineResponse<{ id: string; score: number }> | null) =>
	(response?.results ?? []).map((r) => r.id);

describe('readQuery and meaningfulWords', () => {
	it('drops the words that say nothing about the page wanted', () => {
		expect(meaningfulWords('he says he will send it to everyone unless I pay', lists)).toEqual([
			'send',
			'pay',
		]);
		expect(meaningfulWords('what do I do', lists)).toEqual([]);
		expect(meaningfulWords('Is it my fault?', lists)).toEqual(['fault']);
	});

	it('keeps every word that is a one-word keyword of a page in content/, in its language', () => {
		const contentDir = new URL('../../../content/', import.meta.url).pathname;
		const keywords: Record<Locale, string[]> = { en: [], cy: [] };
		for (const file of readdirSync(contentDir, { recursive: true, encoding: 'utf8' })) {
			if (!file.endsWith('.mdx')) continue;
			const locale = sourceOf(`content/${file.split(sep).join('/')}`)?.locale ?? 'en';
			walk(parseMdx(readFileSync(join(contentDir, file), 'utf8')), (node) => {
				if (node.type !== 'yaml') return;
				const data = parse((node as unknown as { value: string }).value) as {
					keywords?: string[];
				};
				keywords[locale].push(...(data.keywords ?? []));
			});
		}
		for (const locale of ['en', 'cy'] as const) {
			const single = keywords[locale].map(normaliseQuery).filter((k) => k && !k.includes(' '));
			expect(single.length, locale).toBeGreaterThan(10);
			expect(single.filter((w) => isStopWord(w, readSearchWords(locale)))).toEqual([]);
		}
	});

	it('reads text-speak as the words meant', () => {
		expect(meaningfulWords('pls help some1 has my nudez', lists)).toEqual(['help', 'nudes']);
		expect(meaningfulWords('u ok m8', lists)).toEqual(['mate']);
		expect(meaningfulWords('ppl r sharing it', lists)).toEqual(['people', 'sharing']);
		expect(meaningfulWords('idk wat 2 do rn', lists)).toEqual([]);
		expect(readQuery('pls', lists)[0]).toMatchObject({ typed: 'pls', word: 'please', stop: true });
		for (const [typed, meant] of Object.entries(lists.textSpeak)) {
			expect(typed, 'a text-speak key is how it is typed').toBe(normaliseQuery(typed));
			expect(meant).not.toBe(typed);
		}
	});

	it('corrects the misspellings the kit knows, single words and phrases', () => {
		expect(meaningfulWords('hes blackmaling me wat do i do', lists)).toEqual(['blackmailing']);
		expect(meaningfulWords('blackmale', lists)).toEqual(['blackmail']);
		expect(meaningfulWords('someone is black mail ing me', lists)).toEqual(['blackmail', 'ing']);
		expect(meaningfulWords('my fake acc got hacked', lists)).toEqual(['fake', 'account', 'hacked']);
		// The kit's table reads "privacy setings" as its key, "privacy".
		expect(meaningfulWords('privacy setings', lists)).toEqual(['privacy']);
		expect(meaningfulWords('thretening to post my pitcures', lists)).toEqual([
			'threatening',
			'post',
			'pictures',
		]);
		// Every misspelling in the kit's own table is corrected.
		for (const [right, wrongs] of Object.entries(lists.keywordMisspellings)) {
			for (const wrong of wrongs) {
				expect(meaningfulWords(wrong, lists).join(' '), wrong).toBe(
					normaliseQuery(right)
						.split(' ')
						.filter((w) => !isStopWord(w, lists))
						.join(' ')
				);
			}
		}
	});

	it('keeps the stop words of a phrase the kit knows ("who can see my", "added me")', () => {
		expect(meaningfulWords('who can see my friends', lists)).toEqual([
			'who',
			'can',
			'see',
			'my',
			'friends',
		]);
		expect(meaningfulWords('a stranger added me', lists)).toEqual(['stranger', 'added', 'me']);
		expect(meaningfulWords('who can I tell', lists)).toEqual(['tell']);
	});

	it('reads an age as the child it names', () => {
		expect(meaningfulWords('my 14 year old is being threatened', lists)).toEqual([
			'teenager',
			'threatened',
		]);
		expect(meaningfulWords('our 11 yr old', lists)).toEqual(['child']);
		expect(meaningfulWords('my 15yo son', lists)).toEqual(['teenager', 'son']);
		expect(meaningfulWords('year 9 lesson', lists)).toEqual(['year', 'lesson']);
	});

	it('treats single letters and bare numbers as stop words (Pagefind would match them everywhere)', () => {
		expect(meaningfulWords('i m 2 b x 100 ks3', lists)).toEqual(['ks3']);
		expect(lists.stopWords.includes('help')).toBe(false);
		expect(lists.stopWords.includes('tell')).toBe(false);
	});

	it('takes any input without throwing', () => {
		for (const query of [
			'',
			'   ',
			'<img src=x onerror=alert(1)>',
			'.*+?^${}()|[]\\',
			'a'.repeat(5000),
			'😱🆘💔',
			'\u0000\u200b',
			undefined as unknown as string,
		]) {
			expect(Array.isArray(readQuery(query, lists))).toBe(true);
			expect(planFallback(query, lists).full.length).toBeLessThanOrEqual(1000);
		}
	});
});

describe('planFallback', () => {
	it('searches the query as typed, then its meaningful words, then its strongest words', () => {
		const plan = planFallback('  some guy I met wants money or hes posting my nudes  ', lists);
		expect(plan.full).toBe('some guy I met wants money or hes posting my nudes');
		expect(plan.meaningful).toBe('guy met money posting nudes');
		// Words of the kit's keyword tables first ("nudes"), then longer words first.
		expect(plan.singles).toEqual(['nudes', 'posting', 'money', 'guy', 'met']);
	});

	it('does not repeat a search', () => {
		expect(planFallback('fake account', lists)).toMatchObject({ singles: ['account', 'fake'] });
		expect(planFallback('fake account', lists).meaningful).toBeUndefined();
		expect(planFallback('catfished', lists)).toEqual({
			full: 'catfished',
			words: ['catfished'],
			singles: [],
		});
		// A misspelt word is searched again spelt right.
		expect(planFallback('sextortin', lists)).toMatchObject({
			meaningful: 'sextortion',
			singles: [],
		});
		expect(planFallback('what do i do', lists)).toMatchObject({ words: [], singles: [] });
	});

	it(`falls back below ${fewResults} results, and only when there is something else to search`, () => {
		const sentence = planFallback('he says he will send it to everyone unless I pay', lists);
		expect(needsFallback(sentence, 0)).toBe(true);
		expect(needsFallback(sentence, fewResults - 1)).toBe(true);
		expect(needsFallback(sentence, fewResults)).toBe(false);
		expect(needsFallback(planFallback('catfished', lists), 0)).toBe(false);
		expect(needsFallback(planFallback('what do i do', lists), 0)).toBe(false);
	});
});

describe('mergeHits', () => {
	const r = (id: string, score: number) => ({ id, score });

	it('puts pages with every word typed first, then every meaningful word, then some words', () => {
		const merged = mergeHits({
			full: [r('lesson', 1)],
			meaningful: [r('guide', 9), r('lesson', 9)],
			singles: [
				{ word: 'a', results: [r('glossary', 5), r('guide', 1)] },
				{ word: 'b', results: [r('about', 2)] },
			],
		});
		expect(merged.map((x) => x.id)).toEqual(['lesson', 'guide', 'glossary', 'about']);
	});

	it('orders pages found by single words by the sum of their scores', () => {
		const merged = mergeHits({
			full: [],
			singles: [
				{ word: 'money', results: [r('lesson', 3), r('advice', 2)] },
				{ word: 'nudes', results: [r('advice', 2), r('glossary', 4)] },
			],
		});
		expect(merged.map((x) => x.id)).toEqual(['advice', 'glossary', 'lesson']);
	});
});

describe('searchWithFallback', () => {
	it('leaves a query with enough results to Pagefind, in its order', async () => {
		const index = kit();
		const response = await searchWithFallback(index, 'do not pay', lists);
		expect(index.searched()).toEqual(['do not pay']);
		expect(ids(response)).toEqual(ids(await kit().search('do not pay')));
		expect(ids(response)).toEqual(
			expect.arrayContaining(['if-it-happens', 'lesson-if-it-happens', 'parents'])
		);
		// Pagefind's own filter counts are kept when nothing was merged.
		expect(response?.filters).toEqual({ type: { Pagefind: 3 } });
	});

	it('finds the page for a sentence that has no page with every word', async () => {
		const index = kit();
		const q = 'he says he will send it to everyone unless I pay';
		expect(ids(await index.search(q))).toEqual([]);
		const response = await searchWithFallback(index, q, lists);
		// "send pay" finds two pages, fewer than three: the words are searched alone too.
		expect(index.searched()).toEqual([q, q, 'send pay', 'send', 'pay']);
		expect(ids(response).slice(0, 2)).toEqual(['if-it-happens', 'lesson-if-it-happens']);
	});

	it('searches single words only when the meaningful words together find too little', async () => {
		const index = kit();
		const response = await searchWithFallback(
			index,
			'my mates pictures are going round school',
			lists
		);
		expect(index.searched()).toEqual([
			'my mates pictures are going round school',
			'mates pictures school',
			'pictures',
			'school',
			'mates',
		]);
		// "mate" and "pictures" are both on the friend page: it comes first.
		expect(ids(response)[0]).toBe('helping-a-friend');
	});

	it('passes the chosen filters with every search it runs', async () => {
		const filtered = kit();
		const teachers = await searchWithFallback(filtered, 'someone wants me to pay', lists, {
			filters: { audience: 'Teachers' },
		});
		expect(ids(teachers)).toEqual(['lesson-if-it-happens']);
		expect(filtered.calls.length).toBeGreaterThan(1);
		for (const call of filtered.calls)
			expect(call.options?.filters).toEqual({ audience: 'Teachers' });
	});

	it('runs the query through a debounced search when asked, and nothing more once it is superseded', async () => {
		const q = 'he says he will send it to everyone unless I pay';
		const index = kit();
		const waits: number[] = [];
		const latest = Object.assign(index, {
			debouncedSearch: (term: string, options: SearchOptions, ms: number) => {
				waits.push(ms);
				return index.search(term, options);
			},
		});
		const answered = await searchWithFallback(latest, q, lists, {}, { debounceMs: 150 });
		expect(waits).toEqual([150]);
		expect(ids(answered).length).toBeGreaterThan(0);

		const typedOn = kit();
		const superseded = Object.assign(typedOn, { debouncedSearch: () => Promise.resolve(null) });
		expect(await searchWithFallback(superseded, q, lists, {}, { debounceMs: 150 })).toBeNull();
		expect(typedOn.searched()).toEqual([]);
	});

	it('counts filter values over the merged results when asked', async () => {
		const index = kit();
		const response = await searchWithFallback(
			index,
			'he says he will send it to everyone unless I pay',
			lists,
			{},
			{ countFilters: true }
		);
		expect(response?.filters).toEqual(response?.totalFilters);
		expect(response?.filters?.['type']).toEqual({
			Advice: 1,
			Help: 0,
			Lesson: 1,
			Guide: 1,
			Glossary: 0,
		});
		expect(response?.unfilteredResultCount).toBe(response?.results.length);
	});

	it('finds, with a filter chosen, exactly the pages the filter count promised', async () => {
		const q = 'he says he will send it to everyone unless I pay';
		const all = kit();
		const unfiltered = await searchWithFallback(all, q, lists, {}, { countFilters: true });
		for (const [filter, values] of Object.entries(unfiltered?.filters ?? {})) {
			for (const [value, count] of Object.entries(values)) {
				const index = kit();
				const filtered = await searchWithFallback(index, q, lists, {
					filters: { [filter]: value },
				});
				expect(ids(filtered).length, `${filter}: ${value}`).toBe(count);
				expect(ids(unfiltered)).toEqual(expect.arrayContaining(ids(filtered)));
				expect(index.searched()).toEqual(all.searched());
			}
		}
	});

	it('keeps what the query found when an extra search fails', async () => {
		const q = 'he will send a picture unless I pay';
		const index = kit();
		index.failOn = planFallback(q, lists).meaningful;
		expect(ids(await searchWithFallback(index, q, lists))).toEqual([]);
		expect(ids(await searchWithFallback(kit(), q, lists)).length).toBeGreaterThan(0);
	});

	it(`searches the weaker words too when the ${maxSingleWords} strongest find nothing`, async () => {
		const index = kit();
		const q = 'wibbling wobbling zzqxing flumping mate';
		const response = await searchWithFallback(index, q, lists);
		// The four longest first, then the rest.
		expect(index.searched()).toEqual([q, 'wibbling', 'wobbling', 'flumping', 'zzqxing', 'mate']);
		expect(ids(response)).toEqual(['helping-a-friend']);
	});

	it('passes an empty query, a filter-only search and a sorted search straight to Pagefind', async () => {
		const index = kit();
		expect(
			ids(await searchWithFallback(index, null, lists, { filters: { type: 'Lesson' } }))
		).toEqual(['lesson-if-it-happens']);
		expect(ids(await searchWithFallback(index, '   ', lists))).toEqual([]);
		await searchWithFallback(index, 'he will pay', lists, { sort: { weight: 'desc' } });
		expect(index.calls.map((c) => c.term)).toEqual([null, '   ', 'he will pay']);
	});

	it('never ends on nothing when a query of two or more words shares a meaningful word with a page', async () => {
		const index = kit();
		const fillers = ['zzqx', 'what do i do', 'pls', 'wibble wobble', 'my', 'unless'];
		let checked = 0;
		for (const page of index.pages) {
			for (const word of meaningfulWords(page.text, lists)) {
				for (const filler of fillers) {
					for (const q of [`${filler} ${word}`, `${word} ${filler}`]) {
						const response = await searchWithFallback(index, q, lists);
						expect(ids(response).length, q).toBeGreaterThan(0);
						checked += 1;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(300);
	});
});

describe('docs/search.md', () => {
	// One line: the page wraps its lines anywhere.
	const section = readFileSync(new URL('../../../docs/search.md', import.meta.url), 'utf8').replace(
		/\s+/g,
		' '
	);

	it('states the numbers the fallback uses', () => {
		expect(section).toContain(`finds ${fewResults} pages or more`);
		expect(section).toContain(`the ${maxSingleWords} strongest`);
	});

	it('gives examples that are true of the tables', () => {
		for (const word of ['help', 'report', 'tell', 'pay']) {
			expect(section).toContain(`"${word}"`);
			expect(isStopWord(word, lists)).toBe(false);
		}
		for (const [typed, meant] of [
			['ppl', 'people'],
			['some1', 'someone'],
			['m8', 'mate'],
			['nudez', 'nudes'],
			['insta', 'instagram'],
		] as const) {
			expect(section).toContain(`"${typed}" is "${meant}"`);
			expect(lists.textSpeak[typed]).toBe(meant);
		}
		for (const word of ['u', 'pls', 'wat'])
			expect(isStopWord(lists.textSpeak[word]!, lists)).toBe(true);
		expect(meaningfulWords('blackmaling thretening pitcures freind', lists)).toEqual([
			'blackmailing',
			'threatening',
			'pictures',
			'friend',
		]);
		expect(meaningfulWords('my 14 year old', lists)).toEqual(['teenager']);
	});
});
