import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { presenterPage, slidesPage } from './deck-pages.fixture';
import { attr, descendants, find, hasClass, textContent } from './html-tree';
import { inlineStylesheet, offlineDeck, offlinePolicy } from './offline-deck-build';

const assets: Record<string, string> = {
	'/_astro/slides.css':
		"@font-face{font-family:K;src:url(/_astro/k.woff2) format('woff2'),url(/_astro/k.woff) format('woff')}.slide{color:#111}",
	'/_astro/presenter.css': '.presenter{display:block}',
	'/_astro/noscript.css': '.stage{overflow:visible}',
	'/_astro/k.woff2': 'FONT',
};
const readAsset = (path: string) =>
	path in assets ? new TextEncoder().encode(assets[path]) : undefined;
const script = 'console.log("deck </script> here")';
const html = offlineDeck({
	slidesHtml: slidesPage(),
	presenterHtml: presenterPage(),
	script,
	readAsset,
	where: 'lessons/who/',
});
const doc = parse(html);
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('offlineDeck', () => {
	it('holds its styles, fonts and script inside it, allowed by hash under a policy that fetches nothing', () => {
		const style = find(doc, (e) => e.tagName === 'style')!;
		const scriptEl = find(doc, (e) => e.tagName === 'script')!;
		const css = textContent(style);
		expect(css).toContain(
			`url(data:font/woff2;base64,${Buffer.from('FONT').toString('base64')}) format('woff2')`
		);
		expect(css).not.toContain('.woff)');
		expect(css).toContain('.presenter{display:block}');
		const policy = attr(
			find(
				doc,
				(e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'content-security-policy'
			)!,
			'content'
		)!;
		expect(policy).toContain("default-src 'none'");
		expect(policy).toContain(`script-src ${sha(textContent(scriptEl))}`);
		expect(policy).toContain(`style-src ${sha(css)}`);
		expect(policy).toContain('font-src data:');
		expect(policy).not.toMatch(/'self'|https?:|unsafe/);
		// A closing tag in the code cannot end the script early.
		expect(textContent(scriptEl)).toBe('console.log("deck <\\/script> here")');
		expect(
			descendants(doc).filter(
				(e) => e.tagName === 'link' || (e.tagName === 'script' && attr(e, 'src'))
			)
		).toEqual([]);
	});

	it('is the slides window, with the presenter view waiting in a template, both windows being this file', () => {
		const deck = find(doc, (e) => e.tagName === 'slide-deck')!;
		expect(attr(deck, 'data-presenter-href')).toBe('?presenter');
		expect(attr(deck, 'data-item-href')).toBeUndefined();
		const template = find(
			doc,
			(e) => e.tagName === 'template' && attr(e, 'data-offline-presenter') !== undefined
		)!;
		expect(attr(template, 'data-title')).toBe(
			'Presenter view: Who is there? | Too Good To Be True'
		);
		const presenter =
			find(template, (e) => e.tagName === 'presenter-view') ??
			descendants(template, true).find((e) => e.tagName === 'presenter-view');
		expect(presenter && attr(presenter, 'data-audience-href')).toBe('?slides');
	});

	it('keeps every slide, its notes and each activity’s teacher notes, and leaves out the plan and links to the site', () => {
		const deck = find(doc, (e) => e.tagName === 'slide-deck')!;
		expect(
			descendants(deck)
				.filter((e) => hasClass(e, 'slide'))
				.map((e) => attr(e, 'data-title'))
		).toEqual([
			'Who is there?',
			'Today we will…',
			'Our rules',
			"Jayden's follower",
			'Help is there',
		]);
		const templates = descendants(deck, true).filter((e) => e.tagName === 'template');
		// The title slide's notes (the teachers' summary), and two slides' speaker notes.
		expect(templates.filter((t) => attr(t, 'data-notes') !== undefined)).toHaveLength(3);
		expect(
			templates
				.filter((t) => attr(t, 'data-teacher-note') !== undefined)
				.map((t) => attr(t, 'data-title'))
		).toEqual(['If a pupil discloses', 'Background']);
		expect(html).not.toContain('Agree the ground rules');
		expect(html).not.toContain('Plan words');
		expect(html).not.toContain('Stretch work');
		expect(html).not.toContain('Not in any activity');
		expect(html).not.toContain('href="/');
		expect(html).not.toContain('Lesson plan');
		expect(html).toContain('Stay calm and tell the <span class="term">DSL</span>');
		// One copy of the slides: the presenter view takes the slides window's when it starts.
		expect(html.split('Stay calm').length - 1).toBe(1);
		expect(html.split('data-title="Our rules"').length - 1).toBe(1);
	});

	it('names what it cannot include', () => {
		expect(() =>
			offlineDeck({
				slidesHtml: slidesPage(),
				presenterHtml: presenterPage(),
				script,
				readAsset: () => undefined,
				where: 'lessons/who/',
			})
		).toThrow('lessons/who/: the offline deck cannot include /_astro/slides.css');
		expect(() => inlineStylesheet('a{background:url(/_astro/x.bmp)}', readAsset, 'here')).toThrow(
			'here: the offline deck cannot include /_astro/x.bmp'
		);
		expect(() =>
			offlineDeck({
				slidesHtml: '<p>no deck</p>',
				presenterHtml: presenterPage(),
				script,
				readAsset,
				where: 'x',
			})
		).toThrow(/no <slide-deck>/);
	});
});

describe('offlinePolicy', () => {
	it('lists a hash for each inline script and style', () => {
		expect(offlinePolicy(['a'], ['b', 'c'])).toBe(
			`default-src 'none'; script-src ${sha('a')}; style-src ${sha('b')} ${sha('c')}; font-src data:; img-src data:; base-uri 'none'; form-action 'none'`
		);
	});
});
