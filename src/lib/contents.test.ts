import { describe, expect, it } from 'vitest';
import { htmlText, pageContents } from './contents';

describe('pageContents', () => {
	it('lists the h2 headings that carry an id, in order, as plain text', () => {
		const html = `
			<h2 id="activity-ground-rules" class="x">Ground rules <span class="minutes">4 minutes</span></h2>
			<h3 id="how">How to run it</h3>
			<h2>No id, so nothing to jump to</h2>
			<h2 id="teacher-notes">Teacher&#39;s notes &amp; sources</h2>`;
		expect(pageContents(html)).toEqual([
			{ id: 'activity-ground-rules', text: 'Ground rules 4 minutes' },
			{ id: 'teacher-notes', text: "Teacher's notes & sources" },
		]);
	});

	it('gives nothing for a page without headings', () => {
		expect(pageContents('<p>Just a paragraph.</p>')).toEqual([]);
	});
});

describe('htmlText', () => {
	it('reads character references and collapses spaces', () => {
		expect(
			htmlText('<span>Optional:</span>\n  Being&nbsp;there &#x2014; <em>10</em> minutes')
		).toBe('Optional: Being there — 10 minutes');
	});
});
