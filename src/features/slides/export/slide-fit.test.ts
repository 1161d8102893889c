import { describe, expect, it } from 'vitest';
import { lineCount, paragraphHeight, textWidth } from './slide-fit';

describe('textWidth', () => {
	it('is never less than Verdana itself measures', () => {
		// Verdana: a 601, b 623, c 521 thousandths of an em; space 352; 0 636.
		expect(textWidth('abc', 20)).toBeGreaterThanOrEqual((1745 / 1000) * 20);
		expect(textWidth('a b', 10)).toBeGreaterThanOrEqual((1554 / 1000) * 10);
		expect(textWidth('0800 1111', 10)).toBeGreaterThanOrEqual((8 * 636 + 352) / 100);
	});

	it('takes bold text wider, and unknown characters as a full em', () => {
		expect(textWidth('Hello', 20, true)).toBeGreaterThan(textWidth('Hello', 20) * 1.1);
		expect(textWidth('语', 20)).toBeGreaterThanOrEqual(20);
	});
});

describe('lineCount', () => {
	const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

	it('counts no lines for no text and one for a short line', () => {
		expect(lineCount([], 20, 500)).toBe(0);
		expect(lineCount([{ text: '   ' }], 20, 500)).toBe(0);
		expect(lineCount([{ text: 'Hello' }], 20, 500)).toBe(1);
	});

	it('wraps at spaces when the line is full', () => {
		// "word" is about 2.6 em: at 10 pt and 100 pt wide, three words fit on a line, not four.
		expect(lineCount([{ text: words(3) }], 10, 100)).toBe(1);
		expect(lineCount([{ text: words(4) }], 10, 100)).toBe(2);
		expect(lineCount([{ text: words(12) }], 10, 100)).toBe(4);
	});

	it('starts a new line at a line break and breaks a word longer than the line', () => {
		expect(
			lineCount([{ text: 'one' }, { text: '', lineBreak: true }, { text: 'two' }], 10, 100)
		).toBe(2);
		expect(lineCount([{ text: 'x'.repeat(40) }], 10, 100)).toBe(3);
	});

	it('measures each part of a word in its own weight', () => {
		const plain = lineCount([{ text: words(6) }], 10, 200);
		const bold = lineCount([{ text: words(6), bold: true }], 10, 200);
		expect(bold).toBeGreaterThanOrEqual(plain);
		expect(paragraphHeight([{ text: 'Hi' }], 20, 100)).toBe(25);
	});
});
