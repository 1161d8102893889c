import { describe, expect, it } from 'vitest';
import { pupilGradeLimit, readability } from './readability';

describe('readability', () => {
	it('gives short plain sentences a low grade', () => {
		const r = readability('Do not pay. Stop replying. Keep the messages. Tell an adult you trust.');
		expect(r.sentences).toBe(4);
		expect(r.words).toBe(13);
		expect(r.grade).toBeLessThan(pupilGradeLimit);
	});

	it('gives long academic sentences a high grade', () => {
		const r = readability(
			'Financially motivated sexual extortion constitutes a significant and escalating safeguarding concern necessitating multi-agency intervention and comprehensive institutional responses.'
		);
		expect(r.grade).toBeGreaterThan(pupilGradeLimit + 5);
	});

	it('treats each line, like a list item, as its own sentence', () => {
		expect(readability('Block them\nKeep evidence\nTell someone').sentences).toBe(3);
	});

	it('scores empty text as zero', () => {
		expect(readability('').grade).toBe(0);
	});
});
