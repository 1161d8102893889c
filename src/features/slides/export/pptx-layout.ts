/**
 * Where everything goes on a PowerPoint slide, and at what size, for one slide of the model. Pure:
 * the PowerPoint writer (src/features/slides/export/pptx-deck.ts) only draws what this decides, and a slide whose
 * words cannot fit is an error here, before anything is written.
 *
 * Sizes come from the design tokens (src/styles/tokens.ts, design brief §3–4): a 13.333 × 7.5 inch
 * slide (960 × 540 points), titles at 40 pt (36 pt when a title needs three lines), body text at
 * 28 pt, shrinking a point at a time to 24 pt; a slide whose words do not fit at 24 pt is split into
 * two or more slides ("… (continued)"), never set smaller. The body sits between 1.9 and 6.8 inches
 * down, above a footer with the logo, the presentation's name and the slide number; a short body is
 * centred in that band so no slide leaves its bottom half empty.
 */
import { typeScale } from '../../../styles/tokens';
import type { Block, HelpRoute, ModelSlide, Run } from './slide-model';
import { lineCount, lineHeight, paragraphHeight, type MeasureRun } from './slide-fit';

/** Points per stage pixel of presentation mode (960 points of slide over 1920 pixels of stage). */
export const pointsPerPixel = 960 / 1920;

/** The slide: 16:9, 13.333 by 7.5 inches, in points. */
export const slideSize = { width: 960, height: 540 } as const;

/** Font sizes in points, from the tokens. */
export const fontSizes = {
	title: typeScale.slides.title,
	minTitle: typeScale.slides.minTitle,
	openingTitle: typeScale.slides.display,
	body: typeScale.slides.body,
	minBody: typeScale.slides.minBody,
	footer: typeScale.slides.min,
} as const;

const inch = 72;

/** The frame in points (design brief §4): margins, the body band and the footer. */
export const frame = {
	/** The teal bar down the left edge. */
	bar: 0.12 * inch,
	left: 0.75 * inch,
	right: 0.6 * inch,
	top: 0.5 * inch,
	/** The body band: content lives between these two lines. */
	bodyTop: 1.9 * inch,
	bodyBottom: 6.8 * inch,
	/** The footer band: logo, name and slide number. */
	footerTop: 6.95 * inch,
	footerHeight: 0.4 * inch,
	logo: 0.3 * inch,
	/** The gap between title and body. */
	gap: 0.2 * inch,
	/** A body filling less than this share of its band is centred in it. */
	fill: 0.6,
} as const;

/** The title slide: a 1.1 inch logo top-left, the title a third of the way down. */
export const opening = { logo: 1.1 * inch, logoTop: 0.5 * inch, titleTop: 2.1 * inch } as const;
/** Most lines a title may take: two at the full title size, a third at the smallest title size. */
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

type ScenarioBlock = Extract<Block, { kind: 'scenario' }>;
type ChatBlock = Extract<Block, { kind: 'chat' }>;

/**
 * A scenario told with a made-up chat: the story in its shaded box on the left, the phone on the
 * right (as presentation mode lays it out), side by side so the slide's height is used once.
 */
export interface ChatStory {
	kind: 'chat-story';
	/** The scenario without its chat; absent for a chat on its own. */
	scenario?: ScenarioBlock;
	chat: ChatBlock;
}

/** A box of body content: text flowing in one text box, a scenario in a shaded box, or an image. */
export type BodyBox =
	| { kind: 'flow'; rect: Rect; blocks: Block[] }
	| { kind: 'chat-story'; rect: Rect; story: ChatStory }
	| { kind: 'scenario'; rect: Rect; block: Extract<Block, { kind: 'scenario' }> }
	| { kind: 'help'; rect: Rect; block: HelpBlock }
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
			case 'chat':
				height += chatPhone(block, size, { x: 0, y: 0, w: width }).height;
				break;
			case 'image':
				height += imageSize(block, width, Infinity).h;
				break;
		}
	}
	return height;
}

/** The phone's padding, the gap between messages and a bubble's padding, in points. */
export const phone = {
	padX: 10,
	top: 18,
	bottom: 10,
	gap: 8,
	bubbleX: 9,
	bubbleY: 5,
	/** A bubble takes at most this share of the screen's width. */
	bubbleShare: 0.88,
	radius: 0.22 * 72,
	bubbleRadius: 0.15 * 72,
} as const;

/** The words of a chat message's bubble: the sender (and time) in bold, as the page writes them, then the message. */
export const bubbleRuns = (line: ChatBlock['messages'][number]): Run[] => [
	{ text: `${line.time ? `${line.from}, ${line.time}` : line.from}:`, bold: true },
	{ text: '', lineBreak: true },
	...line.runs,
];

/**
 * A made-up chat as a phone inside `rect`: the frame, the "Made-up example" label across its top,
 * then a bubble per message, the owner's on the right, each as narrow as its words allow.
 */
export function chatPhone(chat: ChatBlock, size: number, rect: Pick<Rect, 'x' | 'y' | 'w'>) {
	const inner = rect.w - 2 * phone.padX;
	const labelRuns = [{ text: chat.label, bold: true }];
	const labelW = Math.min(inner, textWidthOf(labelRuns, size) + 2 * phone.bubbleX + 2);
	const label: Rect = {
		x: rect.x + (rect.w - labelW) / 2,
		y: rect.y + phone.top,
		w: labelW,
		h: paragraphHeight(measure(labelRuns), size, labelW - 2 * phone.bubbleX) + 2 * phone.bubbleY,
	};
	let y = label.y + label.h + phone.gap;
	const bubbles = chat.messages.map((line) => {
		const runs = measure(bubbleRuns(line));
		const most = inner * phone.bubbleShare;
		const lines = lineCount(runs, size, most - 2 * phone.bubbleX);
		// As narrow as the words allow on the same number of lines, as a phone draws a bubble.
		let w = most;
		while (w > 4 * size && lineCount(runs, size, w - 2 - 2 * phone.bubbleX) === lines) w -= 2;
		// Half an em to spare: at the very edge another renderer's font could wrap a word.
		w = Math.min(most, w + size / 2);
		const h = lines * size * lineHeight + 2 * phone.bubbleY;
		const x = line.own ? rect.x + rect.w - phone.padX - w : rect.x + phone.padX;
		const bubble: Rect = { x, y, w, h };
		y += h + phone.gap;
		return bubble;
	});
	const height = y - phone.gap + phone.bottom - rect.y;
	return { frame: { x: rect.x, y: rect.y, w: rect.w, h: height }, label, bubbles, height };
}

/** The width of runs on one line, at a size. */
function textWidthOf(runs: readonly Run[], size: number): number {
	let low = size;
	let high = 4000;
	const m = measure(runs);
	while (high - low > 1) {
		const mid = (low + high) / 2;
		if (lineCount(m, size, mid) <= 1) high = mid;
		else low = mid;
	}
	return high;
}

/**
 * The share of the body's width the phone takes beside its story (and alone, when a long story left
 * it for the next slide: wide enough for the label on one line), and the gap between them in points.
 */
export const chatColumns = { phone: 0.46, alone: 0.75, gap: 0.3 * 72 } as const;

/** Where a chat story's scenario box and phone go, inside `rect`, and its height. */
export function chatStory(story: ChatStory, size: number, rect: Pick<Rect, 'x' | 'y' | 'w'>) {
	const phoneW = rect.w * (story.scenario ? chatColumns.phone : chatColumns.alone);
	const storyW = rect.w - phoneW - chatColumns.gap;
	const phoneX = story.scenario ? rect.x + rect.w - phoneW : rect.x + (rect.w - phoneW) / 2;
	const laid = chatPhone(story.chat, size, { x: phoneX, y: rect.y, w: phoneW });
	const storyH = story.scenario ? scenarioHeight(story.scenario, size, storyW) : 0;
	const height = Math.max(laid.height, storyH);
	return {
		scenario: story.scenario ? { x: rect.x, y: rect.y, w: storyW, h: height } : undefined,
		phone: laid,
		height,
	};
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

type HelpBlock = Extract<Block, { kind: 'help' }>;

/** Inner padding of a help route's card, in points. */
export const cardPadding = 8;

/** A help route's card: the service's name in bold, then each number and address on a line. */
export const routeRuns = (route: HelpBlock['routes'][number]): Run[] => [
	{ text: route.name, bold: true },
	...route.contacts.flatMap((c): Run[] => [{ text: '', lineBreak: true }, { text: c.text }]),
];

/**
 * Help routes as cards in a grid (three columns, two for two routes, the slide's width for a route
 * on its own), below their heading, as presentation mode shows them: where the heading and each
 * card go, inside `rect`.
 */
export function helpCards(block: HelpBlock, size: number, rect: Pick<Rect, 'x' | 'y' | 'w'>) {
	const headingSize = size * headingScale;
	const heading = {
		x: rect.x,
		y: rect.y,
		w: rect.w,
		h:
			block.heading.length > 0
				? paragraphHeight(measure(block.heading, true), headingSize, rect.w) +
					spacing.headingAfter * size
				: 0,
	};
	// A route alone (one run on from the slide before, or cut over slides) keeps its lines long.
	const columns = Math.max(1, Math.min(3, block.routes.length));
	const gap = 0.4 * size;
	const w = (rect.w - (columns - 1) * gap) / columns;
	const cards: Rect[] = [];
	let y = heading.y + heading.h;
	for (let row = 0; row * columns < block.routes.length; row += 1) {
		const routes = block.routes.slice(row * columns, (row + 1) * columns);
		const h = Math.max(
			...routes.map(
				(r) => paragraphHeight(measure(routeRuns(r)), size, w - 2 * cardPadding) + 2 * cardPadding
			)
		);
		routes.forEach((_, i) => cards.push({ x: rect.x + i * (w + gap), y, w, h }));
		y += h + gap;
	}
	return { heading, cards, height: y - gap - rect.y };
}

/** Splits a body into boxes: scenarios, chats and images stand alone, everything else flows together. */
type Group =
	| { kind: 'flow'; blocks: Block[] }
	| ChatStory
	| Extract<Block, { kind: 'scenario' | 'image' | 'help' }>;

function groups(blocks: readonly Block[]): Group[] {
	const out: Group[] = [];
	for (const block of blocks) {
		const chat =
			block.kind === 'scenario' ? block.blocks.find((b) => b.kind === 'chat') : undefined;
		if (block.kind === 'scenario' && chat?.kind === 'chat') {
			const story = block.blocks.filter((b) => b !== chat);
			// A thread running on from the slide before stands alone: the title names the story.
			out.push(
				story.length > 0
					? { kind: 'chat-story', scenario: { ...block, blocks: story }, chat }
					: { kind: 'chat-story', chat }
			);
		} else if (block.kind === 'chat') out.push({ kind: 'chat-story', chat: block });
		else if (block.kind === 'scenario' || block.kind === 'image' || block.kind === 'help')
			out.push(block);
		else {
			const last = out.at(-1);
			if (last?.kind === 'flow') last.blocks.push(block);
			else out.push({ kind: 'flow', blocks: [block] });
		}
	}
	return out;
}

/** Thrown when a slide's words cannot fit even split over several slides. */
export class SlideFitError extends Error {}

/** The title's size and lines: 40 pt on one or two lines, 36 pt on three (the title slide: 54 pt, three lines at most). */
export function titleFit(slide: Pick<ModelSlide, 'title' | 'opening'>, width: number) {
	const runs = [{ text: slide.title, bold: true }];
	const sizes = slide.opening ? [fontSizes.openingTitle] : [fontSizes.title, fontSizes.minTitle];
	for (const size of sizes) {
		const lines = lineCount(runs, size, width);
		if (lines <= (size === fontSizes.title ? 2 : maxTitleLines)) return { size, lines };
	}
	const size = sizes.at(-1)!;
	throw new SlideFitError(
		`the title takes ${lineCount(runs, size, width)} lines on a slide at ${size} pt (at most ${maxTitleLines}): shorten it`
	);
}

/** Heights of a body's boxes, and of the whole body with its gaps, at one size. */
function measureBody(parts: ReturnType<typeof groups>, size: number, width: number) {
	const heights = parts.map((part) =>
		part.kind === 'flow'
			? flowHeight(part.blocks, size, width)
			: part.kind === 'scenario'
				? scenarioHeight(part, size, width)
				: part.kind === 'chat-story'
					? chatStory(part, size, { x: 0, y: 0, w: width }).height
					: part.kind === 'help'
						? helpCards(part, size, { x: 0, y: 0, w: width }).height
						: imageSize(part, width, Infinity).h
	);
	const gaps = Math.max(0, parts.length - 1) * spacing.box * size;
	return { heights, total: heights.reduce((a, b) => a + b, 0) + gaps };
}

/** Where the body starts below a title. */
function bodyTopFor(slide: Pick<ModelSlide, 'opening'>, title: { size: number; lines: number }) {
	const top = slide.opening ? opening.titleTop : frame.top;
	const below = top + title.lines * title.size * lineHeight + frame.gap;
	return slide.opening ? below : Math.max(frame.bodyTop, below);
}

/** The body's room on a slide with this title. */
function bodyRoom(slide: Pick<ModelSlide, 'title' | 'opening'>, width: number): number {
	return frame.bodyBottom - bodyTopFor(slide, titleFit(slide, width));
}

/** Whether blocks fit a slide's body at the smallest body size. */
function fits(slide: ModelSlide, blocks: Block[], width: number): boolean {
	return measureBody(groups(blocks), fontSizes.minBody, width).total <= bodyRoom(slide, width);
}

/** A piece of a body, and the list or help block it was cut from (pieces of one come back together). */
type Piece = {
	block: Block;
	from?: Block;
	/** Of a scenario with a chat: whether the piece holds the story, and which messages. */
	chat?: { story: boolean; messages: number[] };
	/** Of a help block: the index of the route it holds (all of it, or some of its lines). */
	route?: number;
};

/**
 * The pieces a body may be split at: each block, each item of a list (an ordered list's items
 * keep their numbers), each help route (each line of one too long for a slide of its own: `alone`
 * says whether a block fits one). Pieces of one block come back together when they land on the
 * same slide.
 */
function pieces(blocks: readonly Block[], alone: (block: Block) => boolean): Piece[] {
	return blocks.flatMap((block): Piece[] =>
		block.kind === 'list'
			? block.items.map((item, i) => ({
					block: { ...block, start: block.start + i, items: [item] },
					from: block,
				}))
			: block.kind === 'scenario' && block.blocks.some((b) => b.kind === 'chat')
				? chatPieces(block)
				: block.kind === 'help'
					? helpPieces(block, alone)
					: [{ block }]
	);
}

/**
 * A help block in pieces: each route, and each line of a route too long for a slide of its own (the
 * school's safeguarding people, with the longest details a school profile accepts), so it runs on
 * over slides, its name heading each part, rather than shrinking. Only the first piece keeps the
 * block's heading; on a "(continued)" slide the title says it.
 */
function helpPieces(block: HelpBlock, alone: (block: Block) => boolean): Piece[] {
	return block.routes.flatMap((route, i) => {
		const part = (contacts: HelpRoute['contacts'], first: boolean): Piece => ({
			block: {
				...block,
				heading: i === 0 && first ? block.heading : [],
				routes: [{ ...route, contacts }],
			},
			from: block,
			route: i,
		});
		const whole = part(route.contacts, true);
		if (route.contacts.length < 2 || alone(whole.block)) return [whole];
		return route.contacts.map((contact, n) => part([contact], n === 0));
	});
}

/**
 * A scenario with a chat, in pieces: its story, then each message. Pieces that land on one slide
 * come back together (the story beside the phone); a story and thread too long for one slide run
 * on over slides, the phone on its own after the story, rather than shrinking.
 */
function chatPieces(block: ScenarioBlock): Piece[] {
	const chat = block.blocks.find((b): b is ChatBlock => b.kind === 'chat')!;
	const story = block.blocks.some((b) => b !== chat);
	return [
		...(story ? [{ story: true, messages: [] as number[] }] : []),
		...chat.messages.map((_, i) => ({ story: false, messages: [i] })),
	].map((part) => ({ block: chatPart(block, part), from: block, chat: part }));
}

/** The part of a scenario with a chat that holds its story (or not) and some of its messages. */
function chatPart(block: ScenarioBlock, part: { story: boolean; messages: number[] }): Block {
	return {
		...block,
		blocks: block.blocks.flatMap((b): Block[] =>
			b.kind === 'chat'
				? part.messages.length > 0
					? [{ ...b, messages: part.messages.map((i) => b.messages[i]!) }]
					: []
				: part.story
					? [b]
					: []
		),
	};
}

function join(parts: Piece[]): Block[] {
	const out: Block[] = [];
	let last: Piece | undefined;
	for (const piece of parts) {
		const { block, from } = piece;
		const previous = out.at(-1);
		const same = from !== undefined && from === last?.from;
		if (same && previous?.kind === 'list' && block.kind === 'list')
			out[out.length - 1] = { ...previous, items: [...previous.items, ...block.items] };
		else if (same && piece.chat && last?.chat && from.kind === 'scenario') {
			// The story and messages of one thread on the same slide go back into one scenario and phone.
			const chat = {
				story: last.chat.story || piece.chat.story,
				messages: [...last.chat.messages, ...piece.chat.messages],
			};
			out[out.length - 1] = chatPart(from, chat);
			last = { ...piece, chat };
			continue;
		} else if (same && previous?.kind === 'help' && block.kind === 'help') {
			const routes = [...previous.routes];
			// Lines of one route on the same slide go back into its one card.
			if (piece.route === last?.route) {
				const route = routes.pop()!;
				routes.push({ ...route, contacts: [...route.contacts, ...block.routes[0]!.contacts] });
			} else routes.push(...block.routes);
			out[out.length - 1] = { ...previous, routes };
		} else out.push(block);
		last = piece;
	}
	return out;
}

/**
 * A slide as one or more PowerPoint slides: when its words do not fit at 24 pt, the body is split
 * between blocks, list items, chat messages or help routes (a route too long for a slide of its
 * own, between its lines) over as many slides as it needs, each after the first titled
 * "… (continued)". A heading is never left at the foot of a slide. Throws SlideFitError when one
 * piece alone cannot fit.
 */
export function paginate(
	slide: ModelSlide,
	continued: (title: string) => string = (title) => `${title} (continued)`
): (ModelSlide & { continued: boolean })[] {
	const width = slideSize.width - frame.left - frame.right;
	if (slide.opening || fits(slide, slide.body, width)) return [{ ...slide, continued: false }];
	const next = { ...slide, title: continued(slide.title) };
	titleFit(next, width);
	const pages: Piece[][] = [[]];
	for (const part of pieces(slide.body, (block) => fits(next, [block], width))) {
		const page = pages.at(-1)!;
		const probe = pages.length === 1 ? slide : next;
		if (fits(probe, join([...page, part]), width)) {
			page.push(part);
			continue;
		}
		if (page.length === 0 || !fits(next, join([part]), width))
			throw new SlideFitError(
				`one part of it ("${blockText(part.block).slice(0, 60)}…") does not fit on a slide even at ${fontSizes.minBody} pt: shorten it`
			);
		// Carry a heading left at the foot over to the next slide, with what it heads.
		const carried: typeof page = [];
		while (page.length > 1 && page.at(-1)!.block.kind === 'heading') carried.unshift(page.pop()!);
		pages.push([...carried, part]);
	}
	return pages.map((page, i) => ({
		...(i === 0 ? slide : next),
		body: join(page),
		continued: i > 0,
	}));
}

const blockText = (block: Block): string =>
	block.kind === 'paragraph' || block.kind === 'heading'
		? block.runs.map((r) => r.text).join('')
		: block.kind === 'list'
			? block.items.map((i) => i.runs.map((r) => r.text).join('')).join(' ')
			: block.kind === 'help'
				? block.routes.flatMap((r) => [r.name, ...r.contacts.map((c) => c.text)]).join(' ')
				: block.kind;

/**
 * Lays out one slide: the title's box, then the body at the largest size from 28 pt down to 24 pt
 * at which every box fits, centred in the body band when it fills less than 60% of it. Throws
 * SlideFitError, saying what does not fit, when none does (paginate() splits such slides first).
 */
export function layoutSlide(slide: ModelSlide): SlideLayout {
	const width = slideSize.width - frame.left - frame.right;
	const title = titleFit(slide, width);
	let titleTop = slide.opening ? opening.titleTop : frame.top;
	let bodyTop = bodyTopFor(slide, title);
	if (slide.opening) {
		// The title slide: title and body together in the middle of the room below the logo.
		const body = measureBody(groups(slide.body), fontSizes.body, width).total;
		const titleHeight = title.lines * title.size * lineHeight;
		const free = opening.logoTop + opening.logo;
		const middle = free + (frame.bodyBottom - free - (titleHeight + frame.gap + body)) / 2;
		titleTop = Math.max(free + frame.gap, middle);
		bodyTop = titleTop + titleHeight + frame.gap;
	}
	const room = frame.bodyBottom - bodyTop;
	const parts = groups(slide.body);

	for (let size = fontSizes.body; size >= fontSizes.minBody; size -= 1) {
		const { heights, total } = measureBody(parts, size, width);
		if (total > room) continue;
		// A short body sits in the middle of its band, not at the top of an empty slide.
		let y = !slide.opening && total < frame.fill * room ? bodyTop + (room - total) / 2 : bodyTop;
		const boxes: BodyBox[] = parts.map((part, i) => {
			const rect = { x: frame.left, y, w: width, h: heights[i]! };
			y += heights[i]! + spacing.box * size;
			if (part.kind === 'flow') return { kind: 'flow', rect, blocks: part.blocks };
			if (part.kind === 'scenario') return { kind: 'scenario', rect, block: part };
			if (part.kind === 'chat-story') return { kind: 'chat-story', rect, story: part };
			if (part.kind === 'help') return { kind: 'help', rect, block: part };
			const { w, h } = imageSize(part, width, Infinity);
			return { kind: 'image', rect: { ...rect, w, h }, block: part };
		});
		// The last text box reaches down to the body's foot, so a teacher adding a line has room.
		const last = boxes.at(-1);
		if (last?.kind === 'flow' && !slide.opening) last.rect.h = frame.bodyBottom - last.rect.y;
		return {
			title: {
				x: frame.left,
				y: titleTop,
				w: width,
				h: title.lines * title.size * lineHeight,
				fontSize: title.size,
				lines: title.lines,
			},
			bodySize: size,
			boxes,
		};
	}
	throw new SlideFitError(
		`its text does not fit on a slide even at ${fontSizes.minBody} pt, the smallest body size for the back row: shorten it or split it into two slides`
	);
}
