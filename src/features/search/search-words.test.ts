import { describe, expect, it } from 'vitest';
import { readSearchWords, searchWordsFile } from './search-words';

describe('the search word lists (content/data/search-words.yaml)', () => {
	it('are read and pass their schema, in English and in Welsh', () => {
		const words = readSearchWords();
		expect(words.stopWords).toContain('the');
		expect(words.textSpeak['pls']).toBe('please');
		expect(Object.keys(words.keywordSynonyms).length).toBeGreaterThan(5);
		const welsh = readSearchWords('cy');
		expect(welsh.stopWords).toEqual(expect.arrayContaining(['y', 'yr', 'mae', 'beth', 'sut']));
		expect(welsh.stopWords).not.toContain('the');
		expect(welsh.keywordSynonyms['blacmel']).toEqual(
			expect.arrayContaining(['flacmel', 'mlacmel'])
		);
	});

	it('refuse a malformed file, naming the file, each field and what is wrong', () => {
		const file = 'src/features/search/fixtures/search-words-malformed.yaml';
		expect(file).not.toBe(searchWordsFile);
		let message = '';
		try {
			readSearchWords('cy', file);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message.split('\n').slice(1)).toEqual([
			`  - ${file}: keywordSynonyms.leaflet: Too small: expected array to have >=1 items`,
			`  - ${file}: stopWords.2: must be one lowercase word: letters and digits only, no spaces, apostrophes or punctuation`,
			`  - ${file}: misspellings: Invalid input: expected record, received undefined`,
			`  - ${file}: cy.stopWords.1: must be one lowercase word: letters and digits only, no spaces, apostrophes or punctuation`,
			`  - ${file}: cy.textSpeak: Invalid input: expected record, received undefined`,
		]);
	});
});
