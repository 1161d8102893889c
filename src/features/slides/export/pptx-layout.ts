/**
 * Where everything goes on a PowerPoint slide, and at what size, for one slide of the model. Pure:
 * the PowerPoint writer (src/features/slides/export/pptx-deck.ts) only draws what this decides, and a slide whose
 * words cannot fit is an error here, before anything is written.
 *
 * Sizes follow presentation mode (src/styles/slides.css), which draws a slide on a 1920-pixel-wide
 * stage. A PowerPoint slide is 13.333 inches (960 points) wide, so one stage pixel is half a point
 * and every size keeps its share of the slide's width, which is what the back row sees on a screen:
 * titles 72 px = 36 pt, body text 44 px = 22 pt, and the smallest body text presentation mode
 * allows, 28 px, is 14 pt. Body text shrinks a point at a time (2 px, as the deck's own fitting
 * steps) from 22 to 14 pt until the slide fits; below that the build stops.
 */
import type { Block, ModelSlide, Run } from './slide-model';
import { lineCount, lineHeight, paragraphHeight, type MeasureRun } from './slide-fit';

/** Points per stage pixel: 960 points of slide over 1920 pixels of stage. */
export const pointsPerPixel = 960 / 1920;

/** The slide: 16:9, 13.333 by 7.5 inches, in points. */
export const slideSize = { width: 960, height: 540 } as const;

/** Font sizes in points, from presentation mode's stage pixels. */
export const fontSizes = {
	title: 72 * pointsPerPixel,
	openingTitle: 104 * pointsPerPixel,
	body: 44 * pointsPerPixel,
	minBody: 28 * pointsPerPixel,
} as const;

/** Margins in points: the accent bar and padding of `.slide-inner` (24 + 120 px left, 120 px right, 72 px top). */
export const frame = {
	bar: 24 * pointsPerPixel,
	left: (24 + 120) * pointsPerPixel,
	right: 120 * pointsPerPixel,
	top: 72 * pointsPerPixel,
	// Presentation mode keeps 104 px at the bottom for its controls; a PowerPoint slide has none.
	bottom: 72 * pointsPerPixel,
	/** The gap between title and body (36 px). */
	gap: 36 * pointsPerPixel,
} as const;

/** Where the title slide's title starts: a third of the way down, as presentation mode centres it. */
export const openingTop = 140;

/** Most lines a title may take: the slide keeps room for its body. */
export const maxTitleLines = 3;

/** Space after a paragraph, a list item and a heading, as a share of the font size (slides.css: 0.5em, 0.5em, 0.3em). */
export const spacing = {
	paragraph: 0.5,
	item: 0.4,
	headingBefore: 0.6,
	headingAfter: 0.3,
	box: 0.6,
	/** Above the kit's name on the title slide (slides.css: margin-top 1.2em, less the paragraph gap above). */
	kitBefore: 0.7,
} as const;
/** A heading inside a slide's body is 1.1 times the body text (slides.css). */
export const headingScale = 1.1;
/** Bullets hang this many ems left of their text (slides.css: padding-left 1.3em). */
export const bulletIndent = 1.3;
/** The scenario box's padding in points (28 px by 40 px). */
export const scenarioPadding = { x: 40 * pointsPerPixel, y: 28 * pointsPerPixel } as const;

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A box of body content: text flowing in one text box, a scenario in a shaded box, or an image. */
export type BodyBox =
	| { kind: 'flow'; rect: Rect; blocks: Block[] }
	| { kind: 'scenario'; rect: Rect; block: Extract<Block, { kind: 'scenario' }> }
	| { kind: 'image'; rect: Rect; block: Extract<Block, { kind: 'image' }> };

export interface SlideLayout {
	title: Rect & { fontSize: number; lines: number };
	/** Body text size in points. */
	bodySize: number;
	boxes: BodyBox[];
}

const measure = (runs: readonly Run[], bold = false): MeasureRun[] =>
	runs.map((r) => ({ text: r.text, bold: bold || r.bold, lineBreak: r.lineBreak }));

/** Height of blocks flowing in one text box of a width, at a body size. */
export function flowHeight(blocks: readonly Block[], size: number, width: number): number {
	let height = 0;
	const para = (
		runs: readonly Run[],
		fontSize = size,
		w = width,
		after: number = spacing.paragraph,
		bold = false
	) => {
		height += paragraphHeight(measure(runs, bold), fontSize, w) + after * size;
	};
	const list = (block: Extract<Block, { kind: 'list' }>, level: number) => {
		const indent = bulletIndent * size * (level + 1);
		for (const item of block.items) {
			para(item.runs, size, width - indent, spacing.item);
			for (const child of item.children) list(child, level + 1);
		}
	};
	for (const block of blocks) {
		switch (block.kind) {
			case 'paragraph':
				if (block.role === 'kit') height += spacing.kitBefore * size;
				para(block.runs, size, width, spacing.paragraph, block.role === 'kit');
				break;
			case 'heading':
				height += spacing.headingBefore * size;
				para(block.runs, size * headingScale, width, spacing.headingAfter, true);
				break;
			case 'list':
				list(block, 0);
				break;
			case 'questions':
				para(block.heading, size, width, spacing.item, true);
				height += flowHeight(block.blocks, size, width);
				break;
			case 'help':
				height += spacing.headingBefore * size;
				para(block.heading, size * headingScale, width, spacing.headingAfter, true);
				for (const route of block.routes) {
					const runs: Run[] = [{ text: route.name, bold: true }];
					for (const c of route.contacts)
						runs.push({ text: '', lineBreak: true }, { text: c.text });
					para(runs, size, width, spacing.item);
				}
				break;
			case 'scenario':
				height += scenarioHeight(block, size, width);
				break;
			case 'image':
				height += imageSize(block, width, Infinity).h;
				break;
		}
	}
	return height;
}

/** Height of a scenario's shaded box at a body size. */
export function scenarioHeight(
	block: Extract<Block, { kind: 'scenario' }>,
	size: number,
	width: number
): number {
	const inner = width - 2 * scenarioPadding.x;
	const caption = paragraphHeight(measure(block.caption, true), size, inner) + spacing.item * size;
	return 2 * scenarioPadding.y + caption + flowHeight(block.blocks, size, inner);
}

/** An image's size: its own size in stage pixels, made smaller to fit the width and a height. */
export function imageSize(
	block: Extract<Block, { kind: 'image' }>,
	width: number,
	height: number
): { w: number; h: number } {
	const w = block.width * pointsPerPixel;
	const h = block.height * pointsPerPixel;
	const scale = Math.min(1, width / w, height / h);
	return { w: w * scale, h: h * scale };
}

/** Splits a body into boxes: scenarios and images stand alone, everything else flows together. */
function groups(
	blocks: readonly Block[]
): ({ kind: 'flow'; blocks: Block[] } | Extract<Block, { kind: 'scenario' | 'image' }>)[] {
	const out: (
		{ kind: 'flow'; blocks: Block[] } | Extract<Block, { kind: 'scenario' | 'image' }>
	)[] = [];
	for (const block of blocks) {
		if (block.kind === 'scenario' || block.kind === 'image') out.push(block);
		else {
			const last = out.at(-1);
			if (last?.kind === 'flow') last.blocks.push(block);
			else out.push({ kind: 'flow', blocks: [block] });
		}
	}
	return out;
}

/** Thrown when a slide's words cannot fit at the smallest size presentation mode allows. */
export class SlideFitError extends Error {}

/**
 * Lays out one slide: the title's box, then the body at the largest size from 22 pt down to 14 pt
 * at which every box fits. Throws SlideFitError, saying what does not fit, when none does.
 */
export function layoutSlide(slide: ModelSlide): SlideLayout {
	const width = slideSize.width - frame.left - frame.right;
	const titleSize = slide.opening ? fontSizes.openingTitle : fontSizes.title;
	const titleLines = lineCount([{ text: slide.title, bold: true }], titleSize, width);
	if (titleLines > maxTitleLines)
		throw new SlideFitError(
			`the title takes ${titleLines} lines on a slide (at most ${maxTitleLines}): shorten it`
		);
	const titleHeight = titleLines * titleSize * lineHeight;
	const parts = groups(slide.body);

	for (let size = fontSizes.body; size >= fontSizes.minBody; size -= 1) {
		const heights = parts.map((part) =>
			part.kind === 'flow'
				? flowHeight(part.blocks, size, width)
				: part.kind === 'scenario'
					? scenarioHeight(part, size, width)
					: imageSize(part, width, Infinity).h
		);
		const gaps = Math.max(0, parts.length - 1) * spacing.box * size;
		const bodyHeight = heights.reduce((a, b) => a + b, 0) + gaps;
		// The title slide's title sits lower, as presentation mode centres it; the others start at the top.
		const top = slide.opening ? openingTop : frame.top;
		const bodyTop = top + titleHeight + frame.gap;
		const room = slideSize.height - frame.bottom - bodyTop;
		if (bodyHeight > room) continue;
		let y = bodyTop;
		const boxes: BodyBox[] = parts.map((part, i) => {
			const rect = { x: frame.left, y, w: width, h: heights[i]! };
			y += heights[i]! + spacing.box * size;
			if (part.kind === 'flow') return { kind: 'flow', rect, blocks: part.blocks };
			if (part.kind === 'scenario') return { kind: 'scenario', rect, block: part };
			const { w, h } = imageSize(part, width, Infinity);
			return { kind: 'image', rect: { ...rect, w, h }, block: part };
		});
		// The last text box reaches down to the bottom margin, so a teacher adding a line has room.
		const last = boxes.at(-1);
		if (last?.kind === 'flow' && !slide.opening)
			last.rect.h = slideSize.height - frame.bottom - last.rect.y;
		return {
			title: {
				x: frame.left,
				y: top,
				w: width,
				h: titleHeight,
				fontSize: titleSize,
				lines: titleLines,
			},
			bodySize: size,
			boxes,
		};
	}
	throw new SlideFitError(
		`its text does not fit on a slide even at ${fontSizes.minBody} pt, the smallest size presentation mode allows: shorten it or split it into two slides`
	);
}
