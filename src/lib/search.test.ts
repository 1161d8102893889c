import { describe, expect, it } from 'vitest';
import { audienceLine, expandKeywords, keywordVariants, searchDefaults, searchTypes, typeLabel } from './search';

describe('expandKeywords', () => {
	it('adds the variants of each known keyword once, after the page keywords', () => {
		const out = expandKeywords(['Sextortion', 'blackmail']);
		expect(out.slice(0, 2)).toEqual(['Sextortion', 'blackmail']);
		expect(out).toContain('sextortin');
		expect(out).toContain('blackmale');
		expect(new Set(out.map((w) => w.toLowerCase())).size).toBe(out.length);
	});

	it('matches keys as whole words inside longer keywords', () => {
		expect(expandKeywords(['my child is being blackmailed'])).toEqual(['my child is being blackmailed']);
		expect(expandKeywords(['what is blackmail'])).toContain('blackmale');
		expect(expandKeywords(['a fake account'])).toContain('catfished');
	});

	it('leaves unknown keywords alone and handles none', () => {
		expect(expandKeywords(['webcam'])).toEqual(['webcam']);
		expect(expandKeywords([])).toEqual([]);
	});

	it('has lowercase keys and no variant equal to its key', () => {
		for (const [key, variants] of Object.entries(keywordVariants)) {
			expect(key).toBe(key.toLowerCase());
			expect(variants).not.toContain(key);
		}
	});
});

describe('labels', () => {
	it('labels every type', () => {
		for (const type of searchTypes) expect(typeLabel[type]).toMatch(/^[A-Z]/);
	});

	it('writes the audience line in plain English', () => {
		expect(audienceLine(['pupils'])).toBe('For pupils');
		expect(audienceLine(['parents', 'teachers'])).toBe('For parents and carers and teachers');
		expect(audienceLine(['pupils', 'parents', 'teachers'])).toBe('For pupils, parents and carers and teachers');
		expect(audienceLine([])).toBe('For everyone');
	});
});

describe('searchDefaults', () => {
	it('reads the type and audience from the route', () => {
		expect(searchDefaults('/lessons/friend-requests/')).toEqual({ type: 'lesson', audiences: ['teachers'] });
		expect(searchDefaults('/lessons/')).toEqual({ type: 'lesson', audiences: ['teachers'] });
		expect(searchDefaults('/advice/what-is-sextortion/', 'pupils')).toEqual({ type: 'advice', audiences: ['pupils'] });
		expect(searchDefaults('/help/').audiences).toEqual(['pupils', 'parents', 'teachers']);
		expect(searchDefaults('/leaflet/').type).toBe('leaflet');
		expect(searchDefaults('/practice/real-or-fake/').type).toBe('practice');
		expect(searchDefaults('/parents/')).toEqual({ type: 'guide', audiences: ['parents'] });
		expect(searchDefaults('/teachers/')).toEqual({ type: 'guide', audiences: ['teachers'] });
		expect(searchDefaults('/about/').type).toBe('about');
		expect(searchDefaults('/').type).toBe('about');
	});
});
