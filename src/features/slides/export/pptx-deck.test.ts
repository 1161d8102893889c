import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { presenterPage, slidesPage } from './deck-pages.fixture';
import { pptxColours, pptxFont, slideNotes, writePptx } from './pptx-deck';
import { readDeckModel, type DeckModel } from './slide-model';

const model = readDeckModel(slidesPage(), presenterPage(), 'lessons/who/');
let files: Record<string, string>;
const slideXml = (n: number) => files[`ppt/slides/slide${n}.xml`]!;
const words = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
		.map((m) => m[1])
		.join(' ')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/\s+/g, ' ');

beforeAll(async () => {
	const bytes = await writePptx(model, { where: 'lessons/who/', author: 'Kit' });
	files = Object.fromEntries(
		Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)])
	);
});

describe('writePptx', () => {
	it('writes one 16:9 slide per slide of the deck, in order', () => {
		const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		expect(slides).toHaveLength(model.slides.length);
		expect(files['ppt/presentation.xml']).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
	});

	it('puts each title in a title placeholder, where screen readers and the accessibility checker look', () => {
		model.slides.forEach((slide, i) => {
			const xml = slideXml(i + 1);
			const title =
				/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph[^>]*type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0] ?? '';
			expect(words(title).trim(), `slide ${i + 1}`).toBe(slide.title);
		});
	});

	it('writes the words of each slide as text, bold kept, with the help route linked', () => {
		expect(words(slideXml(3))).toContain('We listen');
		expect(slideXml(3)).toMatch(/b="1"[^>]*>(?:(?!<\/a:r>)[\s\S])*<a:t>listen<\/a:t>/);
		expect(words(slideXml(4))).toContain(
			"Scenario: Jayden's follower Jayden is 14. He gets a request."
		);
		expect(slideXml(4)).toContain(`<a:srgbClr val="${pptxColours.softBackground}"/>`);
		expect(words(slideXml(5))).toContain('Childline 0800 1111 childline.org.uk');
		expect(files['ppt/slides/_rels/slide5.xml.rels']).toContain(
			'Target="https://www.childline.org.uk/"'
		);
		// A numbered list keeps its first number (<ol start="3">), named on every item as PowerPoint does.
		const numbers = [...slideXml(5).matchAll(/<a:buAutoNum [^>]*startAt="(\d+)"/g)].map(
			(m) => m[1]
		);
		expect(numbers).toEqual(['3', '3']);
	});

	it('keeps every note in the notes pane and none on a slide', () => {
		const notes = words(files['ppt/notesSlides/notesSlide3.xml']!);
		expect(notes).toContain('Say: “These rules help everyone feel safe.”');
		expect(words(files['ppt/notesSlides/notesSlide1.xml']!)).toContain(
			'Before you teach: safeguarding • Tell your DSL first.'
		);
		expect(words(files['ppt/notesSlides/notesSlide1.xml']!)).toContain(
			'Safeguarding: If a pupil discloses Stay calm and tell the DSL.'
		);
		const onSlides = model.slides.map((_, i) => words(slideXml(i + 1))).join(' ');
		for (const secret of [
			'These rules help',
			'Ask for one more rule',
			'Stay calm',
			'Fake profiles copy',
			'Tell your DSL first',
			'Read it aloud',
		])
			expect(onSlides).not.toContain(secret);
	});

	it('uses Verdana in the kit colours, never smaller than 14 pt', () => {
		const all = model.slides.map((_, i) => slideXml(i + 1)).join('');
		const sizes = [...all.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1400);
		const faces = new Set([...all.matchAll(/<a:latin typeface="([^"]+)"/g)].map((m) => m[1]));
		expect([...faces]).toEqual([pptxFont]);
		expect(all).toContain(`<a:srgbClr val="${pptxColours.heading}"/>`);
		// The accent bar down the left edge, on every layout the slides use.
		const used = new Set(
			Object.entries(files)
				.filter(([name]) => name.startsWith('ppt/slides/_rels/'))
				.map(([, rels]) => /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)?.[1])
		);
		expect(used.size).toBeGreaterThan(1);
		for (const layout of used)
			expect(files[`ppt/slideLayouts/${layout}`], layout).toContain(
				`<a:srgbClr val="${pptxColours.accent}"/>`
			);
	});

	it('groups the slides in sections named after the activities', () => {
		expect(files['ppt/presentation.xml']).toMatch(
			/<p14:section name="Ground rules \(5 min\)"[\s\S]*<p14:section name="Jayden \(10 min\)"/
		);
	});

	it('leaves no paragraph with a second set of properties and no content type for a missing part', () => {
		for (const [name, xml] of Object.entries(files).filter(([n]) => n.endsWith('.xml'))) {
			for (const [, inner] of xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)) {
				const count = (inner!.match(/<a:pPr\b/g) ?? []).length;
				expect(count, name).toBeLessThanOrEqual(1);
				if (count === 1) expect(inner!.startsWith('<a:pPr'), name).toBe(true);
			}
		}
		for (const [, part] of files['[Content_Types].xml']!.matchAll(/PartName="\/([^"]+)"/g))
			expect(Object.keys(files)).toContain(part);
	});

	it("heads the notes to read first with the presenter view's own heading (a talk's differs)", () => {
		expect(slideNotes({ ...model, beforeTitle: 'Before you present' }, 0)).toContain(
			'Before you present\n• Tell your DSL first.'
		);
	});

	it('names the presentation and the slide when a slide cannot fit', async () => {
		const long: DeckModel = {
			...model,
			slides: [
				{
					...model.slides[2]!,
					body: [{ kind: 'paragraph', runs: [{ text: 'So many words here. '.repeat(200) }] }],
				},
			],
		};
		await expect(writePptx(long, { where: 'lessons/who/' })).rejects.toThrow(
			/^lessons\/who\/, slide 1 "Our rules" cannot be made into PowerPoint: its text does not fit on a slide even at 14 pt/
		);
	});

	it('embeds an image with its alt text', async () => {
		const png = readFileSync(new URL('../../../../public/icons/icon-192.png', import.meta.url));
		const pictured: DeckModel = {
			...model,
			slides: [
				{
					...model.slides[2]!,
					body: [
						{
							kind: 'image',
							src: '/_astro/p.png',
							alt: 'A phone with a friend request',
							width: 192,
							height: 192,
						},
					],
				},
			],
		};
		const bytes = await writePptx(pictured, {
			where: 'x',
			readImage: () => `image/png;base64,${png.toString('base64')}`,
		});
		const unzipped = unzipSync(bytes);
		expect(strFromU8(unzipped['ppt/slides/slide1.xml']!)).toContain(
			'descr="A phone with a friend request"'
		);
		expect(Object.keys(unzipped).some((n) => n.startsWith('ppt/media/'))).toBe(true);
	});
});

describe('slideNotes', () => {
	it('gives an activity’s notes once, on its first slide', () => {
		expect(slideNotes(model, 3)).toContain(
			'Activity: Jayden (10 min)\n\nTeacher note: Background\nFake profiles copy photos.'
		);
		expect(slideNotes(model, 4)).toBe('');
		expect(slideNotes(model, 2)).toBe(
			'Say: “These rules help everyone feel safe.”\n• Ask for one more rule.'
		);
	});
});

describe('pptxColours', () => {
	it('are the slide colours of presentation mode', () => {
		const css = readFileSync(new URL('../../../styles/slides.css', import.meta.url), 'utf8');
		const value = (name: string) =>
			new RegExp(`${name}: #([0-9a-f]{6});`, 'i').exec(css)?.[1]?.toUpperCase();
		expect(pptxColours.accent).toBe(value('--slide-accent'));
		expect(pptxColours.heading).toBe(value('--slide-heading'));
		expect(pptxColours.text).toBe(value('--text'));
		expect(pptxColours.textSoft).toBe(value('--text-soft'));
		expect(pptxColours.softBackground).toBe(value('--bg-soft'));
		expect(pptxColours.border).toBe(value('--border'));
	});
});
