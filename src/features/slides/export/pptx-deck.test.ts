import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { frame, presenterPage, slidesPage } from './deck-pages.fixture';
import { fonts, palette, pptxHex, typeScale } from '../../../styles/tokens';
import { pptxColours, pptxFont, slideNotes, themeColours, writePptx } from './pptx-deck';
import { pptxWords } from './pptx-words';
import { readDeckModel, type DeckModel } from './slide-model';

const brand = (name: string) =>
	`image/png;base64,${readFileSync(new URL(`../../../assets/brand/${name}`, import.meta.url)).toString('base64')}`;
const logos = { colour: brand('logo-256.png'), onDark: brand('logo-on-dark-256.png') };

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
	const bytes = await writePptx(model, { where: 'lessons/who/', author: 'Kit', logos });
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

	it('sets no body text under 24 pt and no title under 36 pt, in Verdana', () => {
		// The slide number is footer, not body: it keeps the slides' smallest size, 18 pt.
		const number = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="sldNum"[\s\S]*?<\/p:sp>/g;
		const raw = model.slides.map((_, i) => slideXml(i + 1)).join('');
		for (const [footer] of raw.matchAll(number))
			expect(Number(/ sz="(\d+)"/.exec(footer)?.[1])).toBeGreaterThanOrEqual(
				typeScale.slides.min * 100
			);
		const all = raw.replace(number, '');
		const sizes = [...all.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
		expect(sizes.length).toBeGreaterThan(0);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(typeScale.slides.minBody * 100);
		const faces = new Set([...all.matchAll(/<a:latin typeface="([^"]+)"/g)].map((m) => m[1]));
		expect([...faces]).toEqual([pptxFont]);
		// Titles take their size from their master's placeholder.
		const masters = Object.entries(files).filter(([n]) =>
			/^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(n)
		);
		for (const [name, xml] of masters) {
			const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0];
			if (!title) continue;
			const size = Number(/ sz="(\d+)"/.exec(title)?.[1]);
			expect(size, name).toBeGreaterThanOrEqual(typeScale.slides.minTitle * 100);
		}
	});

	it('draws every slide on a master with the identity: logo, teal bar, footer and slide number', () => {
		const used = Object.entries(files)
			.filter(([name]) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(name))
			.map(
				([name, rels]) => [name, /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)?.[1]] as const
			);
		expect(used).toHaveLength(model.slides.length);
		for (const [slide, layout] of used) {
			const xml = files[`ppt/slideLayouts/${layout}`]!;
			const rels = files[`ppt/slideLayouts/_rels/${layout}.rels`]!;
			expect(rels, `${slide}: the logo`).toMatch(/Target="\.\.\/media\/[^"]+\.png"/);
			if (slide.endsWith('slide1.xml.rels')) {
				// The title slide: dark teal, white title.
				expect(xml).toContain(`<a:srgbClr val="${pptxHex(palette.primaryDark)}"/>`);
				continue;
			}
			expect(xml, slide).toContain(`<a:srgbClr val="${pptxHex(palette.primary)}"/>`);
			expect(xml, slide).toContain('type="sldNum"');
			expect(xml, slide).toContain('Who is there?');
		}
	});

	it('puts speaker notes on every slide, "Today we will…" included', () => {
		model.slides.forEach((_, i) => {
			const notes = files[`ppt/notesSlides/notesSlide${i + 1}.xml`];
			expect(words(notes ?? '').trim().length, `slide ${i + 1}`).toBeGreaterThan(10);
		});
		expect(words(files['ppt/notesSlides/notesSlide1.xml']!)).toContain('About this lesson');
	});

	it('shows the pupils the title and the kit, and keeps the teachers’ summary off the title slide', () => {
		expect(words(slideXml(1))).toContain('Too Good To Be True');
		expect(words(slideXml(1))).not.toContain('Friend requests');
	});

	it('gives the theme the kit’s colours and font, as the tokens say', () => {
		const theme = files['ppt/theme/theme1.xml']!;
		for (const [slot, value] of Object.entries(themeColours))
			expect(theme, slot).toContain(`<a:${slot}><a:srgbClr val="${pptxHex(value)}"/></a:${slot}>`);
		expect(themeColours).toMatchObject({ dk1: palette.text, accent1: palette.primary });
		expect(theme).toContain(`<a:majorFont><a:latin typeface="${fonts.pptx}"`);
		expect(theme).toContain(`<a:minorFont><a:latin typeface="${fonts.pptx}"`);
		expect(pptxColours).toMatchObject({
			text: pptxHex(palette.text),
			heading: pptxHex(palette.primaryDark),
			accent: pptxHex(palette.primary),
		});
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
			/^lessons\/who\/, slide 1 "Our rules" cannot be made into PowerPoint: one part of it \("So many words here\./
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
		expect(slideNotes(model, 4)).toBe(
			'Part of the activity "Jayden" (10 min): the lesson plan has its steps.'
		);
		expect(slideNotes(model, 2)).toBe(
			'Say: “These rules help everyone feel safe.”\n• Ask for one more rule.'
		);
	});
});

describe('the help slide without a school profile', () => {
	it('marks the line for the school’s safeguarding lead for the teacher to type over', async () => {
		const help: DeckModel = {
			...model,
			slides: [
				{
					...model.slides[4]!,
					body: [
						{
							kind: 'help',
							heading: [{ text: 'Who can help' }],
							routes: [
								{
									name: 'Your school’s safeguarding lead',
									contacts: [{ text: 'Any adult at school', blank: true }],
								},
							],
						},
					],
				},
			],
		};
		const bytes = await writePptx(help, { where: 'x' });
		const xml = strFromU8(unzipSync(bytes)['ppt/slides/slide1.xml']!);
		expect(xml).toContain(pptxWords('en-GB').blankDsl);
		expect(xml).toMatch(new RegExp(`<a:highlight><a:srgbClr val="${pptxColours.highlight}"/>`));
	});
});

describe('a scenario told as a made-up chat', () => {
	/** A scenario slide with a chat, as Scenario.astro and Chat.astro render it. */
	const message = (from: string, text: string, own = false, time = '') =>
		`<li class="chat-message" data-sender="${from.toLowerCase()}"${own ? ' data-own' : ''}><span class="chat-meta"><span class="who">${from}</span>${time ? `<span class="time">, ${time}</span>` : ''}<span class="colon">:</span></span> <span class="chat-bubble">${text}</span></li>`;
	const chatSlide = (messages: string) =>
		frame(
			'slide-leo',
			'Leo’s evening',
			`<figure class="scenario"><figcaption><span class="label">Scenario:</span> Leo&#39;s evening</figcaption><div class="story" data-character="Leo"><p>Leo is 15. Minutes later she messages:</p><div class="chat-thread"><div class="chat-phone"><span class="chat-notch" aria-hidden="true"></span><p class="chat-label">Made-up example – not real people</p><ol class="chat" aria-label="Messages on Leo’s phone">${messages}</ol></div></div><p>Leo feels rushed.</p></div></figure>`
		);
	const deckOf = (messages: string) =>
		readDeckModel(slidesPage(`<div class="deck-source">${chatSlide(messages)}</div>`), '', 'x');
	const slideFiles = async (deck: DeckModel) => {
		const unzipped = unzipSync(await writePptx(deck, { where: 'x' }));
		return Object.keys(unzipped)
			.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
			.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
			.map((n) => strFromU8(unzipped[n]!));
	};
	/** Each editable shape of a slide: its name, geometry and words. */
	const shapes = (xml: string) =>
		[...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)].map(([sp]) => ({
			name: /<p:cNvPr [^>]*name="([^"]*)"/.exec(sp)?.[1] ?? '',
			geometry: /<a:prstGeom prst="([^"]+)"/.exec(sp)?.[1] ?? '',
			right: /<a:pPr[^>]*algn="r"/.test(sp),
			words: words(sp).trim(),
		}));

	it('draws the phone, the made-up label and one rounded, editable bubble per message, sender named', async () => {
		const [xml] = await slideFiles(
			deckOf(
				message('Sofia', 'You&#39;re so good-looking. How are you single?', false, '8.15pm') +
					message('Leo', 'Thanks!', true)
			)
		);
		const drawn = shapes(xml!);
		expect(drawn.find((s) => s.name === 'Phone')?.geometry).toBe('roundRect');
		expect(drawn.find((s) => s.name === 'Made-up example')?.words).toBe(
			'Made-up example – not real people'
		);
		const bubbles = drawn.filter((s) => s.name.startsWith('Message from'));
		expect(bubbles).toEqual([
			{
				name: 'Message from Sofia',
				geometry: 'roundRect',
				right: false,
				words: "Sofia, 8.15pm: You're so good-looking. How are you single?",
			},
			{ name: 'Message from Leo', geometry: 'roundRect', right: true, words: 'Leo: Thanks!' },
		]);
		// The story keeps its words beside the phone, in the scenario's box.
		expect(drawn.find((s) => s.name === 'Scenario')?.words).toBe(
			"Scenario: Leo's evening Leo is 15. Minutes later she messages: Leo feels rushed."
		);
	});

	it('runs a long thread on over slides at 24 pt or more, every message once, rather than shrinking it', async () => {
		const lines = Array.from(
			{ length: 9 },
			(_, i) => `Message number ${i + 1}, long enough to take two lines in the bubble.`
		);
		const slides = await slideFiles(
			deckOf(lines.map((text, i) => message(i % 3 ? 'Sofia' : 'Leo', text, !(i % 3))).join(''))
		);
		expect(slides.length).toBeGreaterThan(1);
		const bubbles = slides.flatMap((xml) =>
			shapes(xml).filter((s) => s.name.startsWith('Message from'))
		);
		expect(bubbles.map((b) => b.words.replace(/^(Sofia|Leo): /, ''))).toEqual(lines);
		for (const xml of slides) {
			expect(xml).toContain('Made-up example');
			// Every size but the slide number's (footer, 18 pt).
			const body = xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="sldNum"[\s\S]*?<\/p:sp>/g, '');
			const sizes = [...body.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1]));
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(typeScale.slides.minBody * 100);
		}
	});
});

describe('a Welsh presentation (its page is lang="cy")', () => {
	const welsh = readDeckModel(
		slidesPage().replace('lang="en-GB"', 'lang="cy"'),
		presenterPage().replace('lang="en-GB"', 'lang="cy"'),
		'cy/lessons/who/'
	);
	let welshFiles: Record<string, string>;
	beforeAll(async () => {
		const bytes = await writePptx(welsh, { where: 'cy/lessons/who/', logos });
		welshFiles = Object.fromEntries(
			Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)])
		);
	});
	const languages = (xml: string) =>
		new Set([...xml.matchAll(/ lang="([^"]+)"/g)].map((m) => m[1]));

	it('sets all its text to Welsh as PowerPoint names it, cy-GB: slides, notes and masters', () => {
		const parts = Object.entries(welshFiles).filter(([name]) =>
			/^ppt\/(slides|notesSlides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name)
		);
		expect(parts.length).toBeGreaterThan(2 * welsh.slides.length);
		for (const [name, xml] of parts)
			expect(
				[...languages(xml)].filter((lang) => lang !== 'cy-GB'),
				name
			).toEqual([]);
		for (let n = 1; n <= welsh.slides.length; n += 1)
			expect(languages(welshFiles[`ppt/slides/slide${n}.xml`]!)).toEqual(new Set(['cy-GB']));
		// The English deck's slide text is British English.
		const english = model.slides.map((_, i) => slideXml(i + 1)).join('');
		expect(english).toContain(' lang="en-GB"');
		expect(english).not.toContain(' lang="cy-GB"');
	});

	it('writes its notes, sections and shape names in Welsh', () => {
		const notes = words(welshFiles['ppt/notesSlides/notesSlide4.xml']!);
		expect(notes).toContain('Gweithgaredd: Jayden (10 munud)');
		expect(notes).toContain("Nodyn i'r athro: Background");
		expect(words(welshFiles['ppt/notesSlides/notesSlide5.xml']!)).toContain(
			"Rhan o'r gweithgaredd &quot;Jayden&quot; (10 munud): mae'r camau yng nghynllun y wers."
		);
		expect(welshFiles['ppt/presentation.xml']).toContain('name="Ground rules (5 munud)"');
		expect(welshFiles['ppt/slides/slide3.xml']).toContain('name="Testun y sleid"');
		expect(welshFiles['ppt/slides/slide4.xml']).toContain('name="Senario"');
		// None of the English words the export writes itself.
		const all = Object.entries(welshFiles)
			.filter(([name]) => /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(name))
			.map(([, xml]) => xml)
			.join('');
		for (const english of ['Activity:', 'Teacher note:', 'Part of the activity', 'Slide text'])
			expect(all).not.toContain(english);
	});

	it('marks a long slide\'s later parts "(parhad)", and says so in their notes', async () => {
		const long: DeckModel = {
			...welsh,
			slides: [
				{
					...welsh.slides[2]!,
					body: [
						{
							kind: 'list',
							ordered: false,
							start: 1,
							items: Array.from({ length: 16 }, (_, i) => ({
								runs: [{ text: `Pwynt rhif ${i + 1}, sy'n ddigon hir i lenwi llinell gyfan.` }],
								children: [],
							})),
						},
					],
				},
			],
		};
		const unzipped = unzipSync(await writePptx(long, { where: 'x' }));
		expect(words(strFromU8(unzipped['ppt/slides/slide2.xml']!))).toContain('Our rules (parhad)');
		expect(words(strFromU8(unzipped['ppt/notesSlides/notesSlide2.xml']!))).toContain(
			"Yn parhau o'r sleid flaenorol: Our rules."
		);
	});
});
