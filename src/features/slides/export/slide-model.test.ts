import { describe, expect, it } from 'vitest';
import { deckSource, frame, presenterPage, slidesPage } from './deck-pages.fixture';
import { blockLines, readDeckModel, tidyRuns } from './slide-model';

const model = readDeckModel(slidesPage(), presenterPage(), 'lessons/who/');

describe('readDeckModel', () => {
	it('reads every slide in the order presentation mode shows them, opening slides first', () => {
		expect(model.slides.map((s) => s.title)).toEqual([
			'Who is there?',
			'Today we will…',
			'Our rules',
			"Jayden's follower",
			'Help is there',
		]);
		expect(model.slides.map((s) => s.opening)).toEqual([true, false, false, false, false]);
		expect(model.title).toBe('Who is there?');
		expect(model.lang).toBe('en-GB');
	});

	it('counts the opening slides towards the first activity, as the presenter clock does', () => {
		expect(model.slides.map((s) => s.activity)).toEqual([0, 0, 0, 1, 1]);
		expect(model.activities.map((a) => [a.title, a.minutes])).toEqual([
			['Ground rules', 5],
			['Jayden', 10],
		]);
	});

	it('keeps speaker notes apart from the slide, and plan text out of both', () => {
		const rules = model.slides[2]!;
		expect(blockLines(rules.body)).toEqual(['• We listen', '• You can pass']);
		expect(blockLines(rules.notes)).toEqual([
			'Say: “These rules help everyone feel safe.”',
			'• Ask for one more rule.',
		]);
		const everything = JSON.stringify(model.slides);
		expect(everything).not.toContain('Agree the ground rules');
		expect(everything).not.toContain('Stretch work');
		expect(model.slides[1]!.notes).toEqual([]);
	});

	it('leaves decorative icons out and keeps the words beside them', () => {
		const icon =
			'<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M0 0"/></svg>';
		const deck = readDeckModel(
			slidesPage(
				frame('s', 'Steps', `${icon}<ol><li>${icon}<strong>Do not pay.</strong></li></ol>`)
			)
		);
		expect(blockLines(deck.slides[0]!.body)).toEqual(['1. Do not pay.']);
	});

	it('reads bold and italic words, collapsing the white space of the source', () => {
		expect(model.slides[2]!.body[0]).toEqual({
			kind: 'list',
			ordered: false,
			start: 1,
			items: [
				{ runs: [{ text: 'We ' }, { text: 'listen', bold: true }], children: [] },
				{ runs: [{ text: 'You can ' }, { text: 'pass', italic: true }], children: [] },
			],
		});
		// The title slide: its logo is no text; the teachers' summary is in its notes, not on it.
		expect(model.slides[0]!.body).toEqual([
			{ kind: 'paragraph', role: 'kit', runs: [{ text: 'Too Good To Be True' }] },
		]);
		expect(blockLines(model.slides[0]!.notes)).toEqual([
			'About this lesson (for you, not the class): Friend requests and fake profiles.',
		]);
	});

	it('reads scenarios, questions and help routes, with line breaks and the full web address', () => {
		const [scenario] = model.slides[3]!.body;
		expect(scenario).toEqual({
			kind: 'scenario',
			caption: [{ text: "Scenario: Jayden's follower" }],
			blocks: [
				{
					kind: 'paragraph',
					runs: [
						{ text: 'Jayden is 14.' },
						{ text: '', lineBreak: true },
						{ text: 'He gets a request.' },
					],
				},
			],
		});
		const help = model.slides[4]!.body;
		expect(help[1]).toEqual({
			kind: 'questions',
			heading: [{ text: 'Discuss', bold: true }],
			blocks: [
				{
					kind: 'list',
					ordered: true,
					start: 3,
					items: [
						{ runs: [{ text: 'Who can help?' }], children: [] },
						{ runs: [{ text: 'Where?' }], children: [] },
					],
				},
			],
		});
		expect(help[2]).toEqual({
			kind: 'help',
			heading: [{ text: 'Who can help' }],
			routes: [
				{
					name: 'Childline',
					contacts: [
						{ text: '0800 1111' },
						{ text: 'childline.org.uk', href: 'https://www.childline.org.uk/' },
					],
				},
			],
		});
	});

	it('gives each activity its teacher and safeguarding notes, wherever they sit in it, and links inside the kit become words', () => {
		expect(model.activities[0]!.notes).toEqual([
			{
				kind: 'safeguarding',
				title: 'If a pupil discloses',
				blocks: [{ kind: 'paragraph', runs: [{ text: 'Stay calm and tell the DSL.' }] }],
			},
		]);
		expect(model.activities[1]!.notes.map((n) => [n.kind, n.title])).toEqual([
			['teacher', 'Background'],
		]);
	});

	it('reads the "before you teach" list from the presenter view, with its heading', () => {
		expect(model.beforeYouTeach).toEqual(['Tell your DSL first.', 'Never view an image.']);
		expect(model.beforeTitle).toBe('Before you teach: safeguarding');
		expect(readDeckModel(slidesPage(), '', 'x').beforeYouTeach).toEqual([]);
		const talk = presenterPage().replace(
			'<summary>Before you teach: safeguarding</summary>',
			'<summary>Before you present</summary>'
		);
		expect(readDeckModel(slidesPage(), talk, 'talks/x/').beforeTitle).toBe('Before you present');
	});

	it('keeps web links and nested lists, and reads a loose list item line by line', () => {
		const source = `<div class="deck-source">${frame(
			'slide-a',
			'A',
			'<p>See <a href="https://www.ceop.police.uk/">CEOP</a>.</p><ul><li><p>One</p><p>Two</p><ul><li>Inner</li></ul></li></ul>'
		)}</div>`;
		const [slide] = readDeckModel(slidesPage(source)).slides;
		expect(slide!.body[0]).toEqual({
			kind: 'paragraph',
			runs: [
				{ text: 'See ' },
				{ text: 'CEOP', href: 'https://www.ceop.police.uk/' },
				{ text: '.' },
			],
		});
		expect(blockLines(slide!.body)).toEqual(['See CEOP.', '• One\nTwo', '  • Inner']);
	});

	it('needs alt text and a size for an image, and names the slide when it has none', () => {
		const page = (img: string) =>
			slidesPage(`<div class="deck-source">${frame('s', 'Pictures', img)}</div>`);
		expect(
			readDeckModel(page('<img src="/_astro/a.png" alt="A phone" width="800" height="600">'))
				.slides[0]!.body
		).toEqual([{ kind: 'image', src: '/_astro/a.png', alt: 'A phone', width: 800, height: 600 }]);
		expect(() =>
			readDeckModel(page('<img src="/_astro/a.png" width="8" height="6">'), '', 'lessons/x/')
		).toThrow('lessons/x/, slide 1 "Pictures": an image (/_astro/a.png) has no alt text');
		expect(() =>
			readDeckModel(page('<img src="/_astro/a.png" alt="A">'), '', 'lessons/x/')
		).toThrow(/needs its width and height/);
	});

	it('refuses what it cannot show as text, naming the presentation and the slide', () => {
		const page = slidesPage(
			`<div class="deck-source">${frame('a', 'First', '<p>Fine</p>')}${frame('b', 'Chart time', '<svg><rect/></svg>')}</div>`
		);
		expect(() => readDeckModel(page, '', 'lessons/x/')).toThrow(
			'lessons/x/, slide 2 "Chart time": it has an <svg>, which the export cannot show as text'
		);
	});

	it('reads a table as one line per row, header cells in bold, empty cells as a dash', () => {
		const page = slidesPage(
			`<div class="deck-source">${frame('t', 'Actions', '<table><thead><tr><th>Action</th><th>Helps?</th></tr></thead><tbody><tr><td>Pay</td><td>No</td></tr><tr><td>Tell an adult</td><td></td></tr></tbody></table>')}</div>`
		);
		expect(readDeckModel(page).slides[0]!.body).toEqual([
			{
				kind: 'paragraph',
				runs: [{ text: 'Action', bold: true }, { text: ' | ' }, { text: 'Helps?', bold: true }],
			},
			{ kind: 'paragraph', runs: [{ text: 'Pay | No' }] },
			{ kind: 'paragraph', runs: [{ text: 'Tell an adult | –' }] },
		]);
	});

	it("reads a table in an activity's teacher note the same way, for PowerPoint's notes", () => {
		const table =
			'<table><thead><tr><th>Action</th><th>Helps?</th></tr></thead><tbody><tr><td>Pay</td><td><strong>No</strong></td></tr></tbody></table>';
		const page = slidesPage(
			`<div class="deck-source"><div class="deck-activity" data-activity="Answers" data-minutes="5"><template data-teacher-note data-kind="teacher" data-title="Answers"><p>Go through:</p>${table}</template>${frame('a', 'First', '<p>Fine</p>')}</div></div>`
		);
		const [note] = readDeckModel(page, '', 'lessons/x/').activities[0]!.notes;
		expect(blockLines(note!.blocks)).toEqual(['Go through:', 'Action | Helps?', 'Pay | No']);
	});

	it('refuses a page without a deck or without slides', () => {
		expect(() => readDeckModel('<p>Hello</p>', '', 'lessons/x/')).toThrow(
			'lessons/x/: the slides page has no <slide-deck>'
		);
		expect(() =>
			readDeckModel(slidesPage('<div class="deck-source"></div>'), '', 'lessons/x/')
		).toThrow(/has no slides/);
		expect(deckSource).toContain('slide-frame');
	});
});

describe('tidyRuns', () => {
	it('trims the ends, drops doubled spaces between runs and merges runs of one style', () => {
		expect(
			tidyRuns([
				{ text: '  Hello ' },
				{ text: ' big', bold: true },
				{ text: ' ', bold: true },
				{ text: ' world ' },
				{ text: ' ' },
			])
		).toEqual([{ text: 'Hello ' }, { text: 'big ', bold: true }, { text: 'world' }]);
	});

	it('drops spaces around line breaks and a break at the end', () => {
		expect(
			tidyRuns([
				{ text: 'a ' },
				{ text: '', lineBreak: true },
				{ text: ' b' },
				{ text: '', lineBreak: true },
			])
		).toEqual([{ text: 'a' }, { text: '', lineBreak: true }, { text: 'b' }]);
	});
});
