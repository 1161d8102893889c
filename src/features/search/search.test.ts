import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/strings';
import { searchLabels } from './labels';
import { containsKey, expandKeywords, searchTypes } from './search';
import { readSearchWords } from './search-words';

const tables = readSearchWords();
const welsh = readSearchWords('cy');

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

	it('gives a Welsh keyword its mutated forms from the Welsh tables, and nothing from the English', () => {
		const out = expandKeywords(
			['blacmel rhywiol', 'cais ffrind'],
			'Beth yw blacmel rhywiol?',
			welsh
		);
		expect(out).toEqual(
			expect.arrayContaining(['flacmel', 'mlacmel', 'flacmel rhywiol', 'gais ffrind', 'blakmel'])
		);
		expect(expandKeywords(['fake account'], '', welsh)).toEqual(['fake account']);
	});

	it('has no variant equal to its key', () => {
		for (const table of [
			tables.keywordSynonyms,
			tables.keywordMisspellings,
			welsh.keywordSynonyms,
			welsh.keywordMisspellings,
		]) {
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
	const en = searchLabels(strings('en'));
	const cy = searchLabels(strings('cy'));

	it('labels every type, differently, in each language', () => {
		for (const labels of [en, cy]) {
			const names = searchTypes.map((type) => labels.type(type));
			for (const name of names) expect(name).toMatch(/^\p{Lu}/u);
			expect(new Set(names).size).toBe(names.length);
		}
		expect(en.type('advice')).toBe('Advice');
		expect(cy.type('advice')).toBe('Cyngor');
	});

	it('writes the audience line in plain English', () => {
		expect(en.audienceLine(['pupils'])).toBe('For pupils');
		expect(en.audienceLine(['parents', 'teachers'])).toBe('For parents and carers and teachers');
		expect(en.audienceLine(['pupils', 'parents', 'teachers'])).toBe(
			'For pupils, parents and carers and teachers'
		);
		expect(en.audienceLine([])).toBe('For everyone');
	});

	it('writes it in Welsh, with "ac" before a vowel', () => {
		expect(cy.audienceLine(['pupils'])).toBe('Ar gyfer disgyblion');
		expect(cy.audienceLine(['pupils', 'parents'])).toBe('Ar gyfer disgyblion a rhieni a gofalwyr');
		expect(cy.audienceLine(['pupils', 'parents', 'teachers'])).toBe(
			'Ar gyfer disgyblion, rhieni a gofalwyr ac athrawon'
		);
		expect(cy.audienceLine([])).toBe('Ar gyfer pawb');
	});
});
