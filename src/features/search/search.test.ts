import { describe, expect, it } from 'vitest';
import { audienceLine, containsKey, expandKeywords, searchTypes, typeLabel } from './search';
import { readSearchWords } from './search-words';

const tables = readSearchWords();

describe('expandKeywords', () => {
	it('keeps the page keywords first, then adds synonyms, without duplicates', () => {
		const out = expandKeywords(['Fake account', 'get my picture taken down'], '', tables);
		expect(out.slice(0, 2)).toEqual(['Fake account', 'get my picture taken down']);
		expect(out).toEqual(expect.arrayContaining(['catfished', 'photo', 'removed']));
		expect(new Set(out.map((w) => w.toLowerCase())).size).toBe(out.length);
	});

	it('adds misspellings only for the main subject: the title or the first three keywords', () => {
		expect(expandKeywords(['sextortion', 'nudes'], '', tables)).toContain('sextortin');
		expect(expandKeywords(['webcam'], 'What is sextortion?', tables)).toContain('sextortin');
		const inPassing = expandKeywords(
			['friend request', 'fake profile', 'stranger', 'sextortion'],
			'',
			tables
		);
		expect(inPassing).not.toContain('sextortin');
		expect(inPassing).toContain('sex extortion');
	});

	it('matches keys at the start of words, in order', () => {
		expect(expandKeywords(['someone is blackmailing me'], '', tables)).toContain('blackmale');
		expect(expandKeywords(['friend requests'], '', tables)).toContain('added me');
		expect(expandKeywords(['a request from a friend'], '', tables)).not.toContain('added me');
	});

	it('leaves unknown keywords alone and handles none', () => {
		expect(expandKeywords(['webcam'], '', tables)).toEqual(['webcam']);
		expect(expandKeywords([], '', tables)).toEqual([]);
	});

	it('has no variant equal to its key', () => {
		for (const table of [tables.keywordSynonyms, tables.keywordMisspellings]) {
			for (const [key, variants] of Object.entries(table)) expect(variants).not.toContain(key);
		}
	});
});

describe('containsKey', () => {
	it('finds a key as word starts, ignoring case and apostrophes', () => {
		expect(containsKey('Someone I don’t know added me', 'dont know')).toBe(true);
		expect(containsKey('Report Remove', 'report remove')).toBe(true);
		expect(containsKey('unreported', 'report')).toBe(false);
	});
});

describe('labels', () => {
	it('labels every type', () => {
		for (const type of searchTypes) expect(typeLabel[type]).toMatch(/^[A-Z]/);
	});

	it('writes the audience line in plain English', () => {
		expect(audienceLine(['pupils'])).toBe('For pupils');
		expect(audienceLine(['parents', 'teachers'])).toBe('For parents and carers and teachers');
		expect(audienceLine(['pupils', 'parents', 'teachers'])).toBe(
			'For pupils, parents and carers and teachers'
		);
		expect(audienceLine([])).toBe('For everyone');
	});
});
