/**
 * Reading grade of plain text with the Flesch-Kincaid formula (flesch-kincaid + syllable packages).
 * List items and headings count as sentences: pupils read them as separate chunks.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Pupil pages aim at reading age 11-12, which is about US grade 6-7. */
export const pupilGradeLimit = 7;

/**
 * Help cards (a service's `what` and `whatHappens`) and glossary definitions: plain for a 16-year-old
 * in a hurry, but allowed the few long words a service's own name and purpose need.
 */
export const descriptionGradeLimit = 8;

export interface Readability {
	grade: number;
	sentences: number;
	words: number;
	syllables: number;
}

export function readability(text: string): Readability {
	const sentences = text
		.split(/[.!?]+(?=\s|$)|\n+/)
		.map((s) => s.trim())
		.filter((s) => /[a-z]/i.test(s));
	const words = sentences.flatMap((s) => s.match(/[a-z][a-z'’-]*/gi) ?? []);
	const syllables = words.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
	const grade =
		words.length === 0
			? 0
			: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
	return {
		grade: Math.round(grade * 10) / 10,
		sentences: sentences.length,
		words: words.length,
		syllables,
	};
}
