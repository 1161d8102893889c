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
	type ModelSlide,
	type Run,
} from './slide-model';
import {
	bulletIndent,
	fontSizes,
	frame,
	headingScale,
	layoutSlide,
	maxTitleLines,
	openingTop,
	scenarioPadding,
	slideSize,
	spacing,
	SlideFitError,
	type SlideLayout,
} from './pptx-layout';
import { tidyPptx } from './pptx-tidy';

/**
 * The export's font: Verdana, on every Windows and macOS computer and in Google Slides. Like the kit's
 * Atkinson Hyperlegible it tells apart capital I, small l and 1, with wide letters and a tall x-height.
 */
export const pptxFont = 'Verdana';

/** The slide colours of presentation mode (src/styles/slides.css), as PowerPoint writes them. */
export const pptxColours = {
	background: 'FFFFFF',
	text: '111418',
	textSoft: '3D434C',
	heading: '0B2F73',
	accent: '1A4FB5',
	softBackground: 'EEF2F8',
	border: '5B6472',
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

/** Body blocks as PptxGenJS paragraphs at a body size. */
function blocksText(blocks: readonly Block[], size: number, level = 0): TextProps[] {
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
							? { color: pptxColours.accent, bold: true }
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
				out.push(
					...paragraph(
						block.runs,
						{
							bullet: false,
							paraSpaceBefore: Math.round(spacing.headingBefore * size),
							paraSpaceAfter: Math.round(spacing.headingAfter * size),
						},
						{ bold: true, color: pptxColours.heading, fontSize: Math.round(size * headingScale) }
					)
				);
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
					for (const child of item.children) out.push(...blocksText([child], size, level + 1));
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
				out.push(...blocksText(block.blocks, size, level));
				break;
			case 'help':
				out.push(
					...paragraph(
						block.heading,
						{
							bullet: false,
							paraSpaceBefore: Math.round(spacing.headingBefore * size),
							paraSpaceAfter: Math.round(spacing.headingAfter * size),
						},
						{ bold: true, color: pptxColours.heading, fontSize: Math.round(size * headingScale) }
					)
				);
				for (const route of block.routes) {
					const runs: Run[] = [{ text: route.name, bold: true }];
					for (const contact of route.contacts)
						runs.push(
							{ text: '', lineBreak: true },
							contact.href ? { text: contact.text, href: contact.href } : { text: contact.text }
						);
					out.push(
						...paragraph(runs, { bullet: false, paraSpaceAfter: Math.round(spacing.item * size) })
					);
				}
				break;
			case 'scenario':
			case 'image':
				// Laid out in boxes of their own by layoutSlide().
				break;
		}
	}
	return out;
}

/** The notes pane's text for a slide: its speaker notes, then (on an activity's first slide) the activity's notes. */
export function slideNotes(model: DeckModel, index: number): string {
	const slide = model.slides[index]!;
	const parts: string[] = [];
	if (slide.notes.length > 0) parts.push(blockLines(slide.notes).join('\n'));
	const firstOfActivity = model.slides.findIndex((s) => s.activity === slide.activity) === index;
	if (index === 0 && model.beforeYouTeach.length > 0)
		parts.push([model.beforeTitle, ...model.beforeYouTeach.map((s) => `• ${s}`)].join('\n'));
	const activity = model.activities[slide.activity];
	if (firstOfActivity && activity) {
		parts.push(`Activity: ${activity.title} (${activity.minutes} min)`);
		for (const note of activity.notes)
			parts.push(
				[
					`${note.kind === 'safeguarding' ? 'Safeguarding' : 'Teacher note'}: ${note.title}`,
					...blockLines(note.blocks),
				].join('\n')
			);
	}
	return parts.join('\n\n');
}

/** Reads an image a slide shows, as a data URL PptxGenJS embeds ("image/png;base64,…"). */
export type ImageReader = (src: string) => string;

export interface PptxOptions {
	/** Names the presentation in errors ("lessons/x"). */
	where: string;
	/** Reads a slide's image by its `src` in the page. */
	readImage?: ImageReader;
	/** Document properties. */
	author?: string;
	subject?: string;
}

/** The master slides: one per number of title lines, and the title slide. */
function defineMasters(pptx: PptxGenJS): void {
	const bar = {
		rect: {
			x: 0,
			y: 0,
			w: inch(frame.bar),
			h: inch(slideSize.height),
			fill: { color: pptxColours.accent },
		},
	};
	const title = (lines: number, opening: boolean) => ({
		placeholder: {
			options: {
				name: 'title',
				type: 'title' as PptxGenJS.PLACEHOLDER_TYPE,
				x: inch(frame.left),
				y: inch(opening ? openingTop : frame.top),
				w: inch(slideSize.width - frame.left - frame.right),
				h: inch(lines * (opening ? fontSizes.openingTitle : fontSizes.title) * 1.25),
				fontFace: pptxFont,
				fontSize: opening ? fontSizes.openingTitle : fontSizes.title,
				bold: true,
				color: pptxColours.heading,
				align: 'left' as const,
				valign: 'top' as const,
				margin: 0,
			},
			text: '',
		},
	});
	for (let lines = 1; lines <= maxTitleLines; lines += 1) {
		pptx.defineSlideMaster({
			title: `Kit slide, title on ${lines} line${lines > 1 ? 's' : ''}`,
			background: { color: pptxColours.background },
			objects: [bar, title(lines, false)],
		});
		pptx.defineSlideMaster({
			title: `Kit title slide, title on ${lines} line${lines > 1 ? 's' : ''}`,
			background: { color: pptxColours.background },
			objects: [bar, title(lines, true)],
		});
	}
}

const masterName = (layout: SlideLayout, slide: ModelSlide) =>
	`Kit ${slide.opening ? 'title slide' : 'slide'}, title on ${layout.title.lines} line${layout.title.lines > 1 ? 's' : ''}`;

/** Lays out every slide first, so a slide that does not fit stops the build before anything is written. */
export function layoutDeck(model: DeckModel, where: string): SlideLayout[] {
	return model.slides.map((slide, i) => {
		try {
			return layoutSlide(slide);
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
	const layouts = layoutDeck(model, options.where);
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = model.title;
	pptx.subject = options.subject ?? model.title;
	pptx.author = options.author ?? '';
	pptx.company = options.author ?? '';
	pptx.theme = { headFontFace: pptxFont, bodyFontFace: pptxFont };
	defineMasters(pptx);

	const sections = new Set<number>();
	model.slides.forEach((slide, i) => {
		const layout = layouts[i]!;
		const activity = model.activities[slide.activity];
		const sectionTitle = activity ? `${activity.title} (${activity.minutes} min)` : undefined;
		if (sectionTitle && !sections.has(slide.activity)) {
			pptx.addSection({ title: sectionTitle });
			sections.add(slide.activity);
		}
		const s = pptx.addSlide({
			masterName: masterName(layout, slide),
			...(sectionTitle ? { sectionTitle } : {}),
		});
		s.addText(slide.title, { placeholder: 'title', lang: model.lang });
		const text: TextOptions = {
			fontFace: pptxFont,
			fontSize: layout.bodySize,
			color: pptxColours.text,
			lang: model.lang,
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
				s.addText(blocksText(box.blocks, layout.bodySize), {
					...at,
					...text,
					objectName: 'Slide text',
				});
			} else if (box.kind === 'scenario') {
				const size = layout.bodySize;
				const caption = paragraph(
					box.block.caption,
					{ bullet: false, paraSpaceAfter: Math.round(spacing.item * size) },
					{ bold: true, color: pptxColours.heading }
				);
				s.addText([...caption, ...blocksText(box.block.blocks, size)], {
					...at,
					...text,
					objectName: 'Scenario',
					fill: { color: pptxColours.softBackground },
					line: { color: pptxColours.border, width: 1.5 },
					margin: [scenarioPadding.y, scenarioPadding.x, scenarioPadding.y, scenarioPadding.x],
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
		const notes = slideNotes(model, i);
		if (notes) s.addNotes(notes);
	});

	const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return tidyPptx(written);
}

/** The words on a slide as the export writes them, title apart (for logs and tests). */
export const slideBodyText = (slide: ModelSlide): string => blockLines(slide.body).join(' ');
export { runsText };
