import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseQuery, readsLikeCallForHelp } from './help-query';
import { readSearchWords } from './search-words';

const lists = readSearchWords();
const welsh = readSearchWords('cy');

/** The queries of a fixture file marked as typed by someone who may be in trouble now. */
const troubledIn = (file: string) =>
	(
		JSON.parse(readFileSync(new URL(`../../../e2e/fixtures/${file}`, import.meta.url), 'utf8')) as {
			queries: { q: string; trouble?: boolean }[];
		}
	).queries
		.filter((query) => query.trouble)
		.map((query) => query.q);
const troubled = troubledIn('search-queries-sentences.json');
const troubledWelsh = troubledIn('search-queries-cy.json');

/** The calls for help in the kit's extra queries file: the search shows the panel for each. */
const callsForHelp = (
	JSON.parse(
		readFileSync(
			new URL('../../../e2e/fixtures/search-queries-extra.json', import.meta.url),
			'utf8'
		)
	) as { callsForHelp: string[] }
).callsForHelp;

describe('readsLikeCallForHelp', () => {
	it.each([
		'help',
		'HELP!!!',
		'blackmail',
		'someone is blackmailing me',
		'blackmale',
		'someone has my nudes',
		'some1 has got my pics',
		"i'm scared",
		'I’m scared',
		'im so worried',
		'what do i do',
		'What should I do?',
		'should I pay',
		'he wants money or he will send my pics to everyone',
		'they are going to share it',
		'he says he will send my pics to everyone',
		'she said she is going to post it',
		'i sent a pic and now they want money',
		'im scared to tell my mum',
		'my friend is being threatened',
		'i want to die',
		'sextortion help',
		'need help now',
	])('"%s" reads like a call for help', (query) => {
		expect(readsLikeCallForHelp(query, lists)).toBe(true);
	});

	it.each([
		'hes blackmaling me wat do i do',
		'sum1 is thretening to send my pitcures',
		'ppl are sharing my pics',
		'they said theyd ruin my life',
		'do i have to give them the money',
		'will i get in trouble for sending nudes',
		'my boyfirend keeps asking for pics',
	])('"%s" reads like a call for help once text-speak and misspellings are read', (query) => {
		expect(readsLikeCallForHelp(query, lists)).toBe(true);
	});

	it('every sentence marked as trouble in the query fixtures reads like a call for help', () => {
		expect(troubled.length).toBeGreaterThan(10);
		expect(troubled.filter((query) => !readsLikeCallForHelp(query, lists))).toEqual([]);
	});

	it('every Welsh query marked as trouble reads like a call for help, with the Welsh lists', () => {
		expect(troubledWelsh.length).toBeGreaterThanOrEqual(4);
		expect(troubledWelsh.filter((query) => !readsLikeCallForHelp(query, welsh))).toEqual([]);
	});

	it.each([
		'mae rhywun yn fy mlacmelio',
		'blacmel',
		'maen nhw’n bygwth rhannu fy lluniau',
		"dw i'n ofnus",
		'beth dw i’n wneud',
		'be ddylwn i neud',
		'ddylwn i dalu',
		'mae gan rywun fy lluniau',
		'maen nhw eisiau arian',
		'fydda i mewn trwbl',
		'dw i angen help',
	])('"%s" (Welsh) reads like a call for help', (query) => {
		expect(readsLikeCallForHelp(query, welsh)).toBe(true);
	});

	it.each([
		'cais ffrind',
		'canllaw rhieni',
		'gwers ar ffrindiau ar-lein',
		'geirfa',
		'llythyr at rieni',
	])('"%s" (Welsh) is an ordinary search', (query) => {
		expect(readsLikeCallForHelp(query, welsh)).toBe(false);
	});

	it('every call for help in the extra queries file reads like a call for help', () => {
		expect(callsForHelp.length).toBeGreaterThan(0);
		expect(callsForHelp.filter((query) => !readsLikeCallForHelp(query, lists))).toEqual([]);
	});

	it.each([
		'resources for pshe on nude image sharing',
		'how do i talk to my son about nudes',
		'privacy settings',
		'lesson plan',
		'ground rules',
		'leaflet',
		'fake account',
		'friend request from a stranger',
		'too good to be true',
		'report remove',
		'what is a hash',
		'helpful',
		'pupil disclosure',
	])('"%s" is an ordinary search', (query) => {
		expect(readsLikeCallForHelp(query, lists)).toBe(false);
	});

	it('handles odd input without throwing', () => {
		for (const query of [
			'',
			'     ',
			'<img src=x onerror=alert(1)>',
			'.*+?^${}()|[]\\',
			'(((((((((',
			'a'.repeat(1000),
			'help '.repeat(400),
			'😱😱😱',
			'🆘',
			'\u0000\u200b',
		]) {
			expect(typeof readsLikeCallForHelp(query, lists)).toBe('boolean');
		}
		expect(readsLikeCallForHelp('<script>help</script>', lists)).toBe(true);
		expect(readsLikeCallForHelp('', lists)).toBe(false);
		expect(readsLikeCallForHelp('   ', lists)).toBe(false);
		expect(readsLikeCallForHelp(undefined as unknown as string, lists)).toBe(false);
	});

	it('reads only the first 1,000 characters', () => {
		expect(readsLikeCallForHelp(`${'x '.repeat(600)}help`, lists)).toBe(false);
	});
});

describe('normaliseQuery', () => {
	it('lowercases, drops apostrophes and turns punctuation into single spaces', () => {
		expect(normaliseQuery("  I'm   SCARED!!  ")).toBe('im scared');
		expect(normaliseQuery('<b>hi</b>')).toBe('b hi b');
		expect(normaliseQuery('😱')).toBe('');
	});
});
