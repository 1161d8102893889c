/**
 * Writes a presentation's model (src/features/slides/export/slide-model.ts) as an editable PowerPoint file with
 * PptxGenJS: every slide's title in a real title placeholder (what screen readers and PowerPoint's
 * accessibility checker read), body text in real text boxes with real bullets and numbering, bold and
 * italics kept, scenarios in a shaded box, help routes with their links, images with their alt
 * text, and the speaker notes, the activity's teacher and safeguarding notes and the "before you
 * teach" list in the notes pane, never on a slide. Sections follow the lesson's activities.
 */
import PptxGenJS from 'pptxgenjs';
import {
	blockLines,
	runsText,
	type Block,
	type DeckModel,
	type HelpRoute,
	type ModelSlide,
	type Run,
} from './slide-model';
import { fonts, palette, pptxHex } from '../../../styles/tokens';
import {
	bubbleRuns,
	bulletIndent,
	cardPadding,
	chatStory,
	fontSizes,
	frame,
	headingScale,
	helpCards,
	layoutSlide,
	opening,
	paginate,
	phone,
	scenarioPadding,
	slideSize,
	spacing,
	SlideFitError,
	type SlideLayout,
} from './pptx-layout';
import { tidyPptx } from './pptx-tidy';
import { pptxWords, type PptxWords } from './pptx-words';

/**
 * The export's font: Verdana, on every Windows and macOS computer and in Google Slides. Like the kit's
 * Atkinson Hyperlegible it tells apart capital I, small l and 1, with wide letters and a tall x-height.
 */
export const pptxFont = fonts.pptx;

/** The kit's colours (src/styles/tokens.ts), as PowerPoint writes them. */
export const pptxColours = {
	background: pptxHex(palette.surface),
	text: pptxHex(palette.text),
	textSoft: pptxHex(palette.muted),
	heading: pptxHex(palette.primaryDark),
	accent: pptxHex(palette.primary),
	softBackground: pptxHex(palette.primaryTint),
	border: pptxHex(palette.muted),
	titleBackground: pptxHex(palette.primaryDark),
	onDark: pptxHex(palette.white),
	highlight: pptxHex(palette.urgent),
	/** The made-up chats: the phone's screen, the "Made-up example" label and the owner's bubbles. */
	phoneScreen: pptxHex(palette.surfaceAlt),
	madeUp: pptxHex(palette.accent),
	ownBubble: pptxHex(palette.primary),
} as const;

const inch = (points: number) => points / 72;

type TextProps = PptxGenJS.TextProps;
type TextOptions = NonNullable<TextProps['options']>;

/** The runs of one paragraph as PptxGenJS text, with the paragraph's own options on its first run only. */
function paragraph(
	runs: readonly Run[],
	paragraphOptions: TextOptions,
	runOptions: TextOptions = {}
): TextProps[] {
	const out: TextProps[] = [];
	let breakNext = false;
	for (const run of runs) {
		if (run.lineBreak) {
			breakNext = true;
			continue;
		}
		const options: TextOptions = {
			...runOptions,
			...(run.bold ? { bold: true } : {}),
			...(run.italic ? { italic: true } : {}),
			...(run.href ? { hyperlink: { url: run.href } } : {}),
			...(breakNext ? { softBreakBefore: true } : {}),
		};
		breakNext = false;
		out.push({
			text: run.text,
			options: out.length === 0 ? { ...paragraphOptions, ...options } : options,
		});
	}
	if (out.length === 0) out.push({ text: '', options: { ...paragraphOptions, ...runOptions } });
	out.at(-1)!.options = { ...out.at(-1)!.options, breakLine: true };
	return out;
}

/** A heading inside a slide's body (a sub-heading, or a help block's title), scaled from the body size. */
function headingText(runs: readonly Run[], size: number): TextProps[] {
	return paragraph(
		runs,
		{
			bullet: false,
			paraSpaceBefore: Math.round(spacing.headingBefore * size),
			paraSpaceAfter: Math.round(spacing.headingAfter * size),
		},
		{ bold: true, color: pptxColours.heading, fontSize: Math.round(size * headingScale) }
	);
}

/** Body blocks as PptxGenJS paragraphs at a body size. */
function blocksText(
	blocks: readonly Block[],
	size: number,
	words: PptxWords,
	level = 0
): TextProps[] {
	const out: TextProps[] = [];
	const plain: TextOptions = {
		bullet: false,
		paraSpaceAfter: Math.round(spacing.paragraph * size),
	};
	for (const block of blocks) {
		switch (block.kind) {
			case 'paragraph': {
				const role: TextOptions =
					block.role === 'summary'
						? { color: pptxColours.textSoft }
						: block.role === 'kit'
							? { color: pptxColours.highlight, bold: true }
							: {};
				out.push(
					...paragraph(
						block.runs,
						{
							...plain,
							...(block.role === 'kit'
								? { paraSpaceBefore: Math.round(spacing.kitBefore * size) }
								: {}),
						},
						role
					)
				);
				break;
			}
			case 'heading':
				out.push(...headingText(block.runs, size));
				break;
			case 'list':
				for (const item of block.items) {
					// Every item names the list's first number, as PowerPoint writes lists: it counts on from there.
					const bullet: TextOptions['bullet'] = block.ordered
						? {
								type: 'number',
								numberStartAt: block.start,
								indent: Math.round(bulletIndent * size),
							}
						: { characterCode: '2022', indent: Math.round(bulletIndent * size) };
					out.push(
						...paragraph(item.runs, {
							bullet,
							indentLevel: level,
							paraSpaceAfter: Math.round(spacing.item * size),
						})
					);
					for (const child of item.children)
						out.push(...blocksText([child], size, words, level + 1));
				}
				break;
			case 'questions':
				out.push(
					...paragraph(
						block.heading,
						{ bullet: false, paraSpaceAfter: Math.round(spacing.item * size) },
						{ bold: true }
					)
				);
				out.push(...blocksText(block.blocks, size, words, level));
				break;
			case 'help':
				out.push(...headingText(block.heading, size));
				for (const route of block.routes) out.push(...routeParagraph(route, size, words.blankDsl));
				break;
			case 'scenario':
			case 'chat':
			case 'image':
				// Laid out in boxes of their own by layoutSlide().
				break;
		}
	}
	return out;
}

/** A rectangle in points as PptxGenJS places it, in inches. */
const inches = (r: { x: number; y: number; w: number; h: number }) => ({
	x: inch(r.x),
	y: inch(r.y),
	w: inch(r.w),
	h: inch(r.h),
});

/** A scenario's shaded box: its caption in bold, then its story. */
function addScenario(
	s: PptxGenJS.Slide,
	block: Extract<Block, { kind: 'scenario' }>,
	at: ReturnType<typeof inches>,
	text: TextOptions,
	size: number,
	words: PptxWords
): void {
	const caption = paragraph(
		block.caption,
		{ bullet: false, paraSpaceAfter: Math.round(spacing.item * size) },
		{ bold: true, color: pptxColours.heading }
	);
	s.addText([...caption, ...blocksText(block.blocks, size, words)], {
		...at,
		...text,
		objectName: words.t('slides.pptx.scenario'),
		fill: { color: pptxColours.softBackground },
		line: { color: pptxColours.border, width: 1.5 },
		margin: [scenarioPadding.y, scenarioPadding.x, scenarioPadding.y, scenarioPadding.x],
	});
}

/** A help route as one paragraph: its name in bold, then each number and address on a line, linked. */
function routeParagraph(route: HelpRoute, size: number, blankDsl: string): TextProps[] {
	const runs: Run[] = [{ text: route.name, bold: true }];
	let blank = false;
	for (const contact of route.contacts) {
		blank ||= !!contact.blank;
		runs.push(
			{ text: '', lineBreak: true },
			contact.blank
				? { text: blankDsl }
				: contact.href
					? { text: contact.text, href: contact.href }
					: { text: contact.text }
		);
	}
	const lines = paragraph(runs, {
		bullet: false,
		paraSpaceAfter: Math.round(spacing.item * size),
	});
	// The school's lead is not known: a marked line the teacher types over.
	if (blank)
		for (const line of lines)
			if (line.text === blankDsl)
				line.options = { ...line.options, highlight: pptxColours.highlight, italic: true };
	return lines;
}

/**
 * The notes pane's text for a slide: its speaker notes, then (on an activity's first slide) the
 * activity's notes. A slide without notes of its own says which activity it belongs to, so no slide
 * leaves the notes pane empty. In the presentation's language.
 */
export function slideNotes(
	model: DeckModel,
	index: number,
	{ t }: PptxWords = pptxWords(model.lang)
): string {
	const slide = model.slides[index]!;
	const parts: string[] = [];
	if (slide.notes.length > 0) parts.push(blockLines(slide.notes).join('\n'));
	const firstOfActivity = model.slides.findIndex((s) => s.activity === slide.activity) === index;
	if (index === 0 && model.beforeYouTeach.length > 0)
		parts.push([model.beforeTitle, ...model.beforeYouTeach.map((s) => `• ${s}`)].join('\n'));
	const activity = model.activities[slide.activity];
	if (firstOfActivity && activity) {
		parts.push(t('slides.pptx.activity', { title: activity.title, minutes: activity.minutes }));
		for (const note of activity.notes)
			parts.push(
				[
					t(
						note.kind === 'safeguarding'
							? 'slides.pptx.safeguardingNote'
							: 'slides.pptx.teacherNote',
						{ title: note.title }
					),
					...blockLines(note.blocks),
				].join('\n')
			);
	}
	if (parts.length === 0)
		parts.push(
			activity
				? t('slides.pptx.partOf', { title: activity.title, minutes: activity.minutes })
				: t('slides.pptx.planSteps')
		);
	return parts.join('\n\n');
}

/** Reads an image a slide shows, as a data URL PptxGenJS embeds ("image/png;base64,…"). */
export type ImageReader = (src: string) => string;

export interface PptxOptions {
	/** Names the presentation in errors ("lessons/x"). */
	where: string;
	/** Reads a slide's image by its `src` in the page. */
	readImage?: ImageReader;
	/** The logo, for the title slide and the footer of every other slide. */
	logos?: PptxLogos;
	/** The name in every slide's footer; the presentation's title unless given. */
	deckName?: string;
	/** Document properties. */
	author?: string;
	subject?: string;
}

/** The logo as PNG data URLs ("image/png;base64,…"): PptxGenJS 4.0.1 cannot embed SVG from Node. */
export interface PptxLogos {
	/** The logo in its teal square, for the footer. */
	colour: string;
	/** The white shield alone, for the dark title slide. */
	onDark: string;
}

const masterName = (layout: SlideLayout, isOpening: boolean) =>
	`Kit ${isOpening ? 'title slide' : 'slide'}, title ${layout.title.fontSize} pt on ${layout.title.lines} line${layout.title.lines > 1 ? 's' : ''}`;

/**
 * The slide masters: the identity every slide shares. Content slides: a white slide, a teal bar down
 * the left edge, the title placeholder, and a footer with the logo, the presentation's name and the
 * slide number. The title slide: dark teal, the white shield top left, the title in white. One master
 * per title size and number of lines, so the title placeholder is exactly the title's box.
 */
function defineMasters(
	pptx: PptxGenJS,
	layouts: readonly { layout: SlideLayout; opening: boolean }[],
	deckName: string,
	logos: PptxLogos | undefined
): void {
	const footerY = inch(frame.footerTop);
	const footer: PptxGenJS.SlideMasterProps['objects'] = [
		...(logos
			? [
					{
						image: {
							x: inch(frame.left),
							y: footerY + inch((frame.footerHeight - frame.logo) / 2),
							w: inch(frame.logo),
							h: inch(frame.logo),
							data: logos.colour,
							altText: '',
						},
					},
				]
			: []),
		{
			text: {
				text: deckName,
				options: {
					x: inch(frame.left + frame.logo + 8),
					y: footerY,
					w: inch(slideSize.width - frame.left - frame.right - frame.logo - 8 - 72),
					h: inch(frame.footerHeight),
					fontFace: pptxFont,
					fontSize: fontSizes.footer,
					color: pptxColours.textSoft,
					valign: 'middle',
					margin: 0,
				},
			},
		},
	];
	const done = new Set<string>();
	for (const { layout, opening: isOpening } of layouts) {
		const title = masterName(layout, isOpening);
		if (done.has(title)) continue;
		done.add(title);
		const placeholder = {
			placeholder: {
				options: {
					name: 'title',
					type: 'title' as PptxGenJS.PLACEHOLDER_TYPE,
					x: inch(layout.title.x),
					y: inch(layout.title.y),
					w: inch(layout.title.w),
					h: inch(layout.title.h),
					fontFace: pptxFont,
					fontSize: layout.title.fontSize,
					bold: true,
					color: isOpening ? pptxColours.onDark : pptxColours.heading,
					align: 'left' as const,
					valign: 'top' as const,
					margin: 0,
				},
				text: '',
			},
		};
		if (isOpening)
			pptx.defineSlideMaster({
				title,
				background: { color: pptxColours.titleBackground },
				objects: [
					...(logos
						? [
								{
									image: {
										x: inch(frame.left),
										y: inch(opening.logoTop),
										w: inch(opening.logo),
										h: inch(opening.logo),
										data: logos.onDark,
										altText: '',
									},
								},
							]
						: []),
					placeholder,
				],
			});
		else
			pptx.defineSlideMaster({
				title,
				background: { color: pptxColours.background },
				objects: [
					{
						rect: {
							x: 0,
							y: 0,
							w: inch(frame.bar),
							h: inch(slideSize.height),
							fill: { color: pptxColours.accent },
						},
					},
					placeholder,
					...footer,
				],
				slideNumber: {
					x: inch(slideSize.width - frame.right - 72),
					y: footerY,
					w: inch(72),
					h: inch(frame.footerHeight),
					fontFace: pptxFont,
					fontSize: fontSizes.footer,
					color: pptxColours.textSoft,
					align: 'right',
					valign: 'middle',
					margin: 0,
				},
			});
	}
}

/** One PowerPoint slide: a slide of the model (or a part of one too long for a slide), laid out. */
export interface PptxSlide {
	slide: ModelSlide & { continued: boolean };
	/** Index of the model's slide it comes from. */
	from: number;
	layout: SlideLayout;
}

/**
 * Lays out every slide first, splitting any too long for one slide, so a slide that cannot fit
 * stops the build before anything is written.
 */
export function layoutDeck(
	model: DeckModel,
	where: string,
	words: PptxWords = pptxWords(model.lang)
): PptxSlide[] {
	return model.slides.flatMap((slide, i) => {
		try {
			return paginate(slide, words.continued).map((part) => ({
				slide: part,
				from: i,
				layout: layoutSlide(part),
			}));
		} catch (cause) {
			if (!(cause instanceof SlideFitError)) throw cause;
			throw new Error(
				`${where}, slide ${i + 1} "${slide.title}" cannot be made into PowerPoint: ${cause.message}`,
				{ cause }
			);
		}
	});
}

/** The PowerPoint file's bytes for a presentation's model. */
export async function writePptx(model: DeckModel, options: PptxOptions): Promise<Uint8Array> {
	const words = pptxWords(model.lang);
	const { t, officeLang: lang } = words;
	const slides = layoutDeck(model, options.where, words);
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = model.title;
	pptx.subject = options.subject ?? model.title;
	pptx.author = options.author ?? '';
	pptx.company = options.author ?? '';
	pptx.theme = { headFontFace: pptxFont, bodyFontFace: pptxFont };
	defineMasters(
		pptx,
		slides.map(({ layout, slide }) => ({ layout, opening: slide.opening })),
		options.deckName ?? model.title,
		options.logos
	);

	const sections = new Set<number>();
	for (const { slide, from: i, layout } of slides) {
		const activity = model.activities[slide.activity];
		const sectionTitle = activity
			? t('slides.pptx.section', { title: activity.title, minutes: activity.minutes })
			: undefined;
		if (sectionTitle && !sections.has(slide.activity)) {
			pptx.addSection({ title: sectionTitle });
			sections.add(slide.activity);
		}
		const s = pptx.addSlide({
			masterName: masterName(layout, slide.opening),
			...(sectionTitle ? { sectionTitle } : {}),
		});
		s.addText(slide.title, { placeholder: 'title', lang });
		const text: TextOptions = {
			fontFace: pptxFont,
			fontSize: layout.bodySize,
			color: slide.opening ? pptxColours.onDark : pptxColours.text,
			lang,
			valign: 'top',
			margin: 0,
			fit: 'none',
		};
		for (const box of layout.boxes) {
			const at = {
				x: inch(box.rect.x),
				y: inch(box.rect.y),
				w: inch(box.rect.w),
				h: inch(box.rect.h),
			};
			if (box.kind === 'flow') {
				s.addText(blocksText(box.blocks, layout.bodySize, words), {
					...at,
					...text,
					objectName: t('slides.pptx.slideText'),
				});
			} else if (box.kind === 'scenario') {
				addScenario(s, box.block, at, text, layout.bodySize, words);
			} else if (box.kind === 'chat-story') {
				// A made-up chat as shapes a teacher can edit: the phone, its label, a bubble per message.
				const size = layout.bodySize;
				const { scenario, phone: laid } = chatStory(box.story, size, box.rect);
				if (scenario && box.story.scenario)
					addScenario(s, box.story.scenario, inches(scenario), text, size, words);
				const chat = box.story.chat;
				s.addText('', {
					...inches(laid.frame),
					shape: 'roundRect' as PptxGenJS.SHAPE_NAME,
					rectRadius: inch(phone.radius),
					fill: { color: pptxColours.phoneScreen },
					line: { color: pptxColours.border, width: 2 },
					objectName: t('slides.pptx.phone'),
				});
				s.addText(chat.label, {
					...text,
					...inches(laid.label),
					shape: 'roundRect' as PptxGenJS.SHAPE_NAME,
					rectRadius: inch(laid.label.h / 2),
					fill: { color: pptxColours.madeUp },
					color: pptxColours.onDark,
					bold: true,
					align: 'center',
					valign: 'middle',
					margin: [phone.bubbleX, phone.bubbleX, phone.bubbleY, phone.bubbleY],
					objectName: t('slides.pptx.madeUp'),
				});
				chat.messages.forEach((line, n) => {
					const own = line.own;
					s.addText(paragraph(bubbleRuns(line), { bullet: false, align: own ? 'right' : 'left' }), {
						...text,
						...inches(laid.bubbles[n]!),
						shape: 'roundRect' as PptxGenJS.SHAPE_NAME,
						rectRadius: inch(phone.bubbleRadius),
						fill: { color: own ? pptxColours.ownBubble : pptxColours.background },
						line: { color: own ? pptxColours.ownBubble : pptxColours.border, width: 1.5 },
						color: own ? pptxColours.onDark : pptxColours.text,
						margin: [phone.bubbleX, phone.bubbleX, phone.bubbleY, phone.bubbleY],
						objectName: t('slides.pptx.message', { name: line.from }).slice(0, 60),
					});
				});
			} else if (box.kind === 'help') {
				// Help routes as cards, as presentation mode shows them: each one a shape of its own.
				const size = layout.bodySize;
				const { heading, cards } = helpCards(box.block, size, box.rect);
				if (box.block.heading.length > 0)
					s.addText(
						paragraph(
							box.block.heading,
							{ bullet: false },
							{ bold: true, color: pptxColours.heading, fontSize: Math.round(size * headingScale) }
						),
						{
							...text,
							x: inch(heading.x),
							y: inch(heading.y),
							w: inch(heading.w),
							h: inch(heading.h),
							objectName: t('slides.pptx.helpHeading'),
						}
					);
				box.block.routes.forEach((route, n) => {
					const card = cards[n]!;
					s.addText(routeParagraph(route, size, words.blankDsl), {
						...text,
						x: inch(card.x),
						y: inch(card.y),
						w: inch(card.w),
						h: inch(card.h),
						shape: 'roundRect' as PptxGenJS.SHAPE_NAME,
						rectRadius: 0.1,
						fill: { color: pptxColours.softBackground },
						line: { color: pptxColours.accent, width: 1.5 },
						margin: cardPadding,
						objectName: route.name.slice(0, 60),
					});
				});
			} else {
				const data = options.readImage?.(box.block.src);
				if (!data)
					throw new Error(
						`${options.where}, slide ${i + 1} "${slide.title}": the image ${box.block.src} could not be read`
					);
				s.addImage({ ...at, data, altText: box.block.alt, objectName: box.block.alt.slice(0, 60) });
			}
		}
		s.addNotes(
			slide.continued
				? t('slides.pptx.continuedFrom', { title: model.slides[i]!.title })
				: slideNotes(model, i, words)
		);
	}

	const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return tidyPptx(written, { 'ppt/theme/theme1.xml': kitTheme }, (xml) => inLanguage(xml, lang));
}

/** The language PptxGenJS gives text it was not told the language of: the notes, the slide number. */
const libraryLang = 'en-US';

/**
 * A slide part with all its text in the deck's language. PptxGenJS takes a language for slide text
 * but writes its own (en-US) on the notes, the masters and the slide number; a Welsh deck gets its
 * own there too, so PowerPoint checks the notes' spelling in Welsh. An English deck is left as the
 * library writes it.
 */
export function inLanguage(xml: string, lang: string): string {
	if (lang.split('-')[0] === libraryLang.split('-')[0]) return xml;
	return xml.replaceAll(` lang="${libraryLang}"`, ` lang="${lang}"`);
}

/**
 * The theme's colour scheme in the kit's colours, so shapes and text a teacher adds (and
 * PowerPoint's colour picker) start from the kit's palette rather than Office blue.
 */
export const themeColours = {
	dk1: palette.text,
	lt1: palette.surface,
	dk2: palette.primaryDark,
	lt2: palette.surfaceAlt,
	accent1: palette.primary,
	accent2: palette.accent,
	accent3: palette.urgent,
	accent4: palette.muted,
	accent5: palette.primaryTint,
	accent6: palette.primaryDark,
	hlink: palette.primary,
	folHlink: palette.accent,
} as const;

/** theme1.xml with the kit's colour scheme in place of Office's. */
export function kitTheme(xml: string): string {
	const scheme = Object.entries(themeColours)
		.map(([name, value]) => `<a:${name}><a:srgbClr val="${pptxHex(value)}"/></a:${name}>`)
		.join('');
	return xml.replace(
		/<a:clrScheme name="[^"]*">[\s\S]*?<\/a:clrScheme>/,
		`<a:clrScheme name="Too Good To Be True">${scheme}</a:clrScheme>`
	);
}

/** The words on a slide as the export writes them, title apart (for logs and tests). */
export const slideBodyText = (slide: ModelSlide): string => blockLines(slide.body).join(' ');
export { runsText };
