import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localise, nationTerms } from '../../../lib/nations';
import { textLabel } from '../../../lib/services';
import { nationSchema, type Nation } from '../../../schemas/nation';
import { serviceSchema } from '../../../schemas/service';
import { typeScale } from '../../../styles/tokens';
import {
	fontSizes,
	frame,
	layoutSlide,
	paginate,
	slideSize,
	SlideFitError,
	titleFit,
} from './pptx-layout';
import type { Block, HelpRoute, ModelSlide } from './slide-model';

const slide = (body: Block[], title = 'A slide', opening = false): ModelSlide => ({
	title,
	opening,
	body,
	notes: [],
	activity: 0,
});
const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const list = (items: string[], ordered = false): Block => ({
	kind: 'list',
	ordered,
	start: 1,
	items: items.map((text) => ({ runs: [{ text }], children: [] })),
});
const sentence =
	'Anyone can make an account pretending to be someone else, so a profile is not proof. ';
const width = slideSize.width - frame.left - frame.right;

describe('the sizes of a PowerPoint slide', () => {
	it('come from the design tokens: body 28 pt down to 24 pt, titles 40 pt down to 36 pt', () => {
		expect(slideSize).toEqual({ width: 960, height: 540 });
		expect(fontSizes).toMatchObject({
			body: typeScale.slides.body,
			minBody: typeScale.slides.minBody,
			title: typeScale.slides.title,
			minTitle: typeScale.slides.minTitle,
		});
		expect(fontSizes.minBody).toBeGreaterThanOrEqual(24);
		expect(fontSizes.minTitle).toBeGreaterThanOrEqual(36);
	});
});

describe('layoutSlide', () => {
	it('centres a short body in the body band instead of leaving the bottom half empty', () => {
		const layout = layoutSlide(slide([para('Go back to Part A.')]));
		expect(layout.bodySize).toBe(28);
		expect(layout.title).toMatchObject({ x: frame.left, y: frame.top, lines: 1, fontSize: 40 });
		const box = layout.boxes[0]!.rect;
		expect(box.y).toBeGreaterThan(frame.bodyTop + (frame.bodyBottom - frame.bodyTop) / 4);
		expect(box.y + box.h).toBeCloseTo(frame.bodyBottom);
	});

	it('starts a full body at the top of the band, below the title', () => {
		const layout = layoutSlide(slide([para(sentence.repeat(5))]));
		expect(layout.boxes[0]!.rect.y).toBeCloseTo(frame.bodyTop);
		expect(layout.boxes[0]!.rect.y).toBeGreaterThan(layout.title.y + layout.title.h);
	});

	it('shrinks the body a point at a time until it fits, never below 24 pt', () => {
		const layout = layoutSlide(slide([para(sentence.repeat(7))]));
		expect(layout.bodySize).toBeLessThan(28);
		expect(layout.bodySize).toBeGreaterThanOrEqual(24);
		const box = layout.boxes[0]!.rect;
		expect(box.y + box.h).toBeLessThanOrEqual(frame.bodyBottom + 0.001);
	});

	it('sets a title on three lines at 36 pt, and refuses a longer one', () => {
		const three = titleFit({ title: sentence.slice(0, 75), opening: false }, width);
		expect(three.size).toBe(36);
		expect(() => layoutSlide(slide([para('Hi')], sentence.repeat(3)))).toThrow(
			/title takes \d lines/
		);
	});

	it('gives a scenario a box of its own, below the text before it', () => {
		const layout = layoutSlide(
			slide([
				para('Read this.'),
				{
					kind: 'scenario',
					caption: [{ text: 'Scenario: Sam', bold: true }],
					blocks: [para('Sam is 14.')],
				},
				para('Then talk.'),
			])
		);
		expect(layout.boxes.map((b) => b.kind)).toEqual(['flow', 'scenario', 'flow']);
		const [a, b, c] = layout.boxes.map((box) => box.rect);
		expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.h);
		expect(c!.y).toBeGreaterThanOrEqual(b!.y + b!.h);
	});

	it('scales an image down to the width of the slide, keeping its shape', () => {
		const layout = layoutSlide(
			slide([{ kind: 'image', src: 'a.png', alt: 'A', width: 4000, height: 1000 }])
		);
		const { w, h } = layout.boxes[0]!.rect;
		expect(w).toBeCloseTo(width);
		expect(w / h).toBeCloseTo(4);
	});
});

describe('paginate', () => {
	it('keeps a slide that fits whole', () => {
		const pages = paginate(slide([para('Short.')]));
		expect(pages).toHaveLength(1);
		expect(pages[0]!.continued).toBe(false);
	});

	it('splits a dense slide between list items instead of shrinking below 24 pt, numbers kept', () => {
		const items = Array.from({ length: 14 }, (_, i) => `Step ${i + 1}: ${sentence}`);
		const pages = paginate(slide([{ ...list(items, true) }], 'Steps'));
		expect(pages.length).toBeGreaterThan(1);
		expect(pages.map((p) => p.title)).toEqual([
			'Steps',
			...pages.slice(1).map(() => 'Steps (continued)'),
		]);
		const lists = pages.map((p) => p.body[0]!) as Extract<Block, { kind: 'list' }>[];
		expect(lists.flatMap((l) => l.items).map((i) => i.runs[0]!.text)).toEqual(items);
		expect(lists[1]!.start).toBe(lists[0]!.items.length + 1);
		for (const page of pages) expect(layoutSlide(page).bodySize).toBeGreaterThanOrEqual(24);
	});

	it('never leaves a heading at the foot of a slide', () => {
		const body = [para(sentence.repeat(4)), { kind: 'heading', runs: [{ text: 'Next' }] } as Block];
		body.push(para(sentence.repeat(4)));
		const pages = paginate(slide(body));
		expect(pages).toHaveLength(2);
		expect(pages[0]!.body.at(-1)!.kind).not.toBe('heading');
		expect(pages[1]!.body[0]!.kind).toBe('heading');
	});

	it('refuses a single paragraph too long for any slide', () => {
		expect(() => paginate(slide([para('Short.'), para(sentence.repeat(30))]))).toThrow(
			SlideFitError
		);
	});
});

describe('a help slide with the longest details a school profile accepts', () => {
	const read = (file: string): unknown =>
		parse(readFileSync(new URL(`../../../../content/data/${file}`, import.meta.url), 'utf8'));
	const nations = (read('nations.yaml') as unknown[]).map((n) => nationSchema.parse(n));
	const services = (read('services.yaml') as unknown[]).map((s) => serviceSchema.parse(s));
	// Every field at the schema's limit (src/features/school/profile.test.ts checks it is), each
	// person on a line of their own, as the slide writes them (dslSlideLines in the school feature).
	type Person = { name: string; where: string };
	const longest = parse(readFileSync('e2e/fixtures/school/longest.yaml', 'utf8')) as {
		safeguardingLead: Person;
		deputies: Person[];
	};
	const people = [longest.safeguardingLead, ...longest.deputies].map(
		(p) => `${p.name}: ${p.where}`
	);

	/** The routes as a lesson's help slide lists them (HelpRoutes.astro), in a nation's words: Meic beside Childline in Wales. */
	function routes(nation: Nation | undefined): HelpRoute[] {
		const terms = nationTerms(nations, nation);
		return ['school-dsl', 'childline', 'ceop', 'police-101', 'police-emergency'].map((id) => {
			const s = services.find((service) => service.id === id)!;
			const contacts: HelpRoute['contacts'] = [
				...(s.phone ? [{ text: s.phone }] : []),
				...(s.text ? [{ text: `Text ${textLabel(s.text)}` }] : []),
				...(id === 'school-dsl' ? people.map((text) => ({ text })) : []),
				...(s.url ? [{ text: new URL(s.url).hostname.replace(/^www\./, ''), href: s.url }] : []),
				...(nation?.services ?? [])
					.filter((own) => own.besides === id)
					.map((own) => services.find((service) => service.id === own.id)!)
					.map((own) => ({ text: `${nation!.name}: ${own.name} ${own.phone ?? ''}` })),
			];
			return { name: localise(s.name, terms, nation), contacts };
		});
	}

	for (const nation of [undefined, ...nations])
		it(`${nation?.name ?? 'no nation'}: runs on over slides at 24 pt or more, the school's people once each and always under their card's name`, () => {
			const help = routes(nation);
			const pages = paginate(
				slide(
					[
						para('It is never your fault. You are not in trouble for asking for help.'),
						{ kind: 'help', heading: [{ text: 'Who can help' }], routes: help },
					],
					'Help is always there'
				)
			);
			expect(pages[0]!.title).toBe('Help is always there');
			for (const page of pages.slice(1))
				expect(page.title).toBe('Help is always there (continued)');
			for (const page of pages) expect(layoutSlide(page).bodySize).toBeGreaterThanOrEqual(24);
			const cards = pages.flatMap((page, n) =>
				page.body.flatMap((b) => (b.kind === 'help' ? b.routes.map((r) => ({ ...r, n })) : []))
			);
			// The school's people run on, in order, each once, their card named on every slide.
			const school = cards.filter((card) => card.name === help[0]!.name);
			expect(school.flatMap((card) => card.contacts.map((c) => c.text))).toEqual(people);
			expect(new Set(school.map((card) => card.n)).size).toBeLessThanOrEqual(2);
			// Every other route once and whole: Meic stays with Childline.
			expect(cards.filter((card) => card.name !== help[0]!.name)).toEqual(
				help.slice(1).map((route) => expect.objectContaining(route))
			);
			// "Who can help" once, above the first card; the slides after say "(continued)".
			const blocks = pages.flatMap((page) => page.body);
			const headed = blocks.filter((b) => b.kind === 'help' && b.heading.length > 0);
			expect(headed).toHaveLength(1);
		});
});
