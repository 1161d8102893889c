/**
 * The slides of a presentation as plain data, read from the built presentation pages: the slides
 * window (every slide, its speaker notes and each activity's teacher and safeguarding notes, as the
 * presenter view reads them) and the presenter view (the "before you teach" list). The PowerPoint
 * export is drawn from this, so it has the same slides in the same order as presentation mode.
 *
 * Reading follows src/features/slides/present/deck-dom.ts: slides are `.slide-frame`s holding a `.slide`, in document
 * order; an activity is a `.deck-activity`; a slide outside any activity counts towards the one
 * before it (the opening slides towards the first). Something a slide holds that the export cannot
 * show as text is an error naming the slide, never dropped.
 */
import { parse } from 'parse5';
import {
	attr,
	childrenOf,
	closest,
	descendants,
	elementChildren,
	find,
	hasClass,
	isElement,
	isText,
	squash,
	textContent,
	type Element,
	type Node,
} from './html-tree';

/** A stretch of text with one style. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** An http(s) address the words link to; links inside the kit are kept as words only. */
	href?: string;
	/** A line break (`<br>`), with no text. */
	lineBreak?: boolean;
}

export interface ListItem {
	runs: Run[];
	/** Lists nested inside the item. */
	children: ListBlock[];
}

export interface ListBlock {
	kind: 'list';
	ordered: boolean;
	/** The first number of an ordered list. */
	start: number;
	items: ListItem[];
}

export interface HelpRoute {
	/** The service's name, as the help routes show it. */
	name: string;
	/**
	 * Its number and web address, in the order shown; `href` is the full address where there is one.
	 * `blank` marks the line standing in for the school's safeguarding lead when the build has none.
	 */
	contacts: { text: string; href?: string; blank?: true }[];
}

/** One message of a made-up chat, as the phone shows it. */
export interface ChatLine {
	/** The sender's name, written above the message. */
	from: string;
	/** The time shown with the name, if any. */
	time?: string;
	/** The phone owner's own message (on the right). */
	own: boolean;
	runs: Run[];
}

export type Block =
	| { kind: 'paragraph'; runs: Run[]; role?: 'summary' | 'kit' }
	| { kind: 'chat'; label: string; messages: ChatLine[] }
	| { kind: 'heading'; runs: Run[] }
	| ListBlock
	| { kind: 'scenario'; caption: Run[]; blocks: Block[] }
	| { kind: 'questions'; heading: Run[]; blocks: Block[] }
	| { kind: 'help'; heading: Run[]; routes: HelpRoute[] }
	| { kind: 'image'; src: string; alt: string; width: number; height: number };

export interface ModelSlide {
	title: string;
	/** The lesson's title slide, laid out on its own. */
	opening: boolean;
	body: Block[];
	/** Speaker notes; empty when the slide has none. */
	notes: Block[];
	/** Index into the activities. */
	activity: number;
}

export interface TeacherNote {
	kind: 'teacher' | 'safeguarding';
	title: string;
	blocks: Block[];
}

export interface ModelActivity {
	title: string;
	minutes: number;
	notes: TeacherNote[];
}

export interface DeckModel {
	/** The title slide's title (the lesson's title). */
	title: string;
	/** The page's language, such as `en-GB`. */
	lang: string;
	slides: ModelSlide[];
	activities: ModelActivity[];
	/** The "before you teach" safeguarding list of the presenter view. */
	beforeYouTeach: string[];
	/** The heading of that list in the presenter view ("Before you teach: safeguarding" for a lesson). */
	beforeTitle: string;
}

/** Elements whose content the export cannot put into words: a slide holding one is an error. */
const unsupported = new Set([
	'svg',
	'video',
	'audio',
	'iframe',
	'canvas',
	'object',
	'embed',
	'picture',
	'form',
	'input',
	'button',
	'select',
	'textarea',
	'math',
]);

/** Elements that only group blocks: their children are read as if they stood in their place. */
const containers = new Set([
	'div',
	'section',
	'article',
	'aside',
	'figure',
	'blockquote',
	'header',
	'footer',
	'main',
	'nav',
	'details',
	'summary',
	'dl',
]);

const blockTags = new Set([
	...containers,
	'table',
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'li',
	'img',
	'hr',
	'dt',
	'dd',
	'template',
	'figcaption',
]);

/** A decorative icon (`<svg aria-hidden="true">`): the words beside it say what it means, so the export leaves it out. */
const decorative = (el: Element): boolean =>
	el.tagName === 'svg' && attr(el, 'aria-hidden') === 'true';

/** An error about one slide, with the presentation and the slide named. */
class SlideProblem extends Error {}

/** Reads the inline content of nodes into styled runs, white space collapsed as a browser would. */
function readRuns(nodes: Node[], style: Omit<Run, 'text'> = {}): Run[] {
	const runs: Run[] = [];
	for (const node of nodes) {
		if (isText(node)) {
			runs.push({ text: node.value.replace(/\s+/g, ' '), ...style });
			continue;
		}
		if (!isElement(node)) continue;
		const tag = node.tagName;
		if (tag === 'template' || decorative(node)) continue;
		if (unsupported.has(tag) || tag === 'img')
			throw new SlideProblem(
				`it has an <${tag}> inside a line of text, which the export cannot show`
			);
		if (tag === 'br') runs.push({ text: '', lineBreak: true });
		else if (tag === 'strong' || tag === 'b')
			runs.push(...readRuns(node.childNodes, { ...style, bold: true }));
		else if (tag === 'em' || tag === 'i')
			runs.push(...readRuns(node.childNodes, { ...style, italic: true }));
		else if (tag === 'a') {
			const href = attr(node, 'href') ?? '';
			const external = /^https?:\/\//i.test(href) ? { href } : {};
			runs.push(...readRuns(node.childNodes, { ...style, ...external }));
		} else runs.push(...readRuns(node.childNodes, style));
	}
	return tidyRuns(runs);
}

const sameStyle = (a: Run, b: Run) =>
	!a.lineBreak &&
	!b.lineBreak &&
	!!a.bold === !!b.bold &&
	!!a.italic === !!b.italic &&
	a.href === b.href;

/** Trims the ends, removes doubled spaces across runs, merges neighbours with the same style. */
export function tidyRuns(input: readonly Run[]): Run[] {
	const runs: Run[] = [];
	for (const run of input) {
		const previous = runs.at(-1);
		let text = run.text;
		const atLineStart = !previous || previous.lineBreak;
		if (run.lineBreak) {
			if (previous) previous.text = previous.text.replace(/ +$/, '');
			runs.push({ ...run });
			continue;
		}
		if (atLineStart || previous.text.endsWith(' ')) text = text.replace(/^ +/, '');
		if (text === '') continue;
		if (previous && sameStyle(previous, run)) previous.text += text;
		else runs.push({ ...run, text });
	}
	while (runs.at(-1)?.lineBreak) runs.pop();
	const last = runs.at(-1);
	if (last) last.text = last.text.replace(/ +$/, '');
	return runs.filter((r) => r.lineBreak || r.text !== '');
}

/** The plain words of some runs. */
export const runsText = (runs: readonly Run[]): string =>
	runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('');

function readList(el: Element): ListBlock {
	const ordered = el.tagName === 'ol';
	const start = Number(attr(el, 'start') ?? 1);
	const items: ListItem[] = [];
	for (const li of elementChildren(el)) {
		if (li.tagName !== 'li') continue;
		const lines: Run[][] = [];
		let inline: Node[] = [];
		const children: ListBlock[] = [];
		const flush = () => {
			lines.push(readRuns(inline));
			inline = [];
		};
		for (const child of li.childNodes) {
			if (isElement(child) && (child.tagName === 'ul' || child.tagName === 'ol'))
				children.push(readList(child));
			else if (isElement(child) && child.tagName === 'p') {
				// A loose list wraps each item's text in <p>: keep the words, one line each.
				flush();
				lines.push(readRuns(child.childNodes));
			} else inline.push(child);
		}
		flush();
		const runs = lines
			.filter((line) => line.length > 0)
			.flatMap((line, i) => (i === 0 ? line : [{ text: '', lineBreak: true }, ...line]));
		items.push({ runs, children });
	}
	return { kind: 'list', ordered, start: Number.isInteger(start) ? start : 1, items };
}

function readImage(el: Element): Block {
	const alt = attr(el, 'alt');
	const src = attr(el, 'src') ?? '';
	const width = Number(attr(el, 'width'));
	const height = Number(attr(el, 'height'));
	if (alt === undefined) throw new SlideProblem(`an image (${src}) has no alt text`);
	if (!(width > 0 && height > 0))
		throw new SlideProblem(`an image (${src}) needs its width and height in the page`);
	return { kind: 'image', src, alt: squash(alt), width, height };
}

/** Reads block content: paragraphs, headings, lists, tables and the kit's slide components. */
function readBlocks(nodes: Node[]): Block[] {
	const blocks: Block[] = [];
	let inline: Node[] = [];
	const flush = () => {
		const runs = readRuns(inline);
		if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
		inline = [];
	};
	for (const node of nodes) {
		if (isElement(node) && decorative(node)) continue;
		if (!isElement(node) || !blockTags.has(node.tagName)) {
			if (isElement(node) && unsupported.has(node.tagName))
				throw new SlideProblem(`it has an <${node.tagName}>, which the export cannot show as text`);
			inline.push(node);
			continue;
		}
		flush();
		const tag = node.tagName;
		if (tag === 'template' || tag === 'hr') continue;
		if (tag === 'p' || tag === 'dd' || tag === 'figcaption') {
			const runs = readRuns(node.childNodes);
			const role = hasClass(node, 'slide-summary')
				? 'summary'
				: hasClass(node, 'slide-kit')
					? 'kit'
					: undefined;
			if (runs.length > 0)
				blocks.push(role ? { kind: 'paragraph', runs, role } : { kind: 'paragraph', runs });
		} else if (tag === 'dt') {
			const runs = readRuns(node.childNodes, { bold: true });
			if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
		} else if (/^h[1-6]$/.test(tag)) {
			const runs = readRuns(node.childNodes);
			if (runs.length > 0) blocks.push({ kind: 'heading', runs });
		} else if (tag === 'ul' || tag === 'ol') blocks.push(readList(node));
		else if (tag === 'li')
			blocks.push({
				kind: 'list',
				ordered: false,
				start: 1,
				items: [{ runs: readRuns(node.childNodes), children: [] }],
			});
		else if (tag === 'img') blocks.push(readImage(node));
		else if (tag === 'table') blocks.push(...readTable(node));
		else if (tag === 'figure' && hasClass(node, 'scenario')) blocks.push(readScenario(node));
		else if (hasClass(node, 'chat-thread')) blocks.push(readChat(node));
		else if (hasClass(node, 'questions')) blocks.push(readQuestions(node));
		else if (hasClass(node, 'slide-help')) blocks.push(readHelp(node));
		else blocks.push(...readBlocks(node.childNodes));
	}
	flush();
	return blocks;
}

/**
 * A table as one line per row, cells separated by " | " and the header row in bold: editable text
 * in PowerPoint's notes or on a slide, read in order by a screen reader.
 */
function readTable(el: Element): Block[] {
	return descendants(el)
		.filter((row) => row.tagName === 'tr')
		.flatMap((row): Block[] => {
			const runs: Run[] = [];
			for (const cell of elementChildren(row).filter(
				(c) => c.tagName === 'th' || c.tagName === 'td'
			)) {
				if (runs.length > 0) runs.push({ text: ' | ' });
				const text = readRuns(cell.childNodes, cell.tagName === 'th' ? { bold: true } : {});
				runs.push(...(text.length > 0 ? text : [{ text: '–' }]));
			}
			const tidy = tidyRuns(runs);
			return tidy.length > 0 ? [{ kind: 'paragraph', runs: tidy }] : [];
		});
}

function readScenario(el: Element): Block {
	const caption = find(el, (e) => e.tagName === 'figcaption');
	const rest = childrenOf(el).filter((n) => n !== caption);
	return {
		kind: 'scenario',
		caption: caption ? readRuns(caption.childNodes) : [],
		blocks: readBlocks(rest),
	};
}

/** A made-up chat (src/components/chat/): its label and each message's sender, time and words. */
function readChat(el: Element): Block {
	const label = find(el, (e) => hasClass(e, 'chat-label'));
	const messages = descendants(el)
		.filter((e) => hasClass(e, 'chat-message'))
		.map((li): ChatLine => {
			const who = find(li, (e) => hasClass(e, 'who'));
			const time = find(li, (e) => hasClass(e, 'time'));
			const bubble = find(li, (e) => hasClass(e, 'chat-bubble'));
			const when = time ? squash(textContent(time)).replace(/^,\s*/, '') : '';
			return {
				from: squash(who ? textContent(who) : ''),
				...(when ? { time: when } : {}),
				own: attr(li, 'data-own') !== undefined,
				runs: bubble ? readRuns(bubble.childNodes) : [],
			};
		});
	if (messages.length === 0) throw new SlideProblem('a chat has no messages');
	return { kind: 'chat', label: label ? squash(textContent(label)) : '', messages };
}

/** A chat message's sender line, as every output writes it: "Sofia" or "Sofia, 8.15pm". */
export const senderLine = (line: ChatLine): string =>
	line.time ? `${line.from}, ${line.time}` : line.from;

function readQuestions(el: Element): Block {
	const heading = elementChildren(el).find((e) => hasClass(e, 'heading'));
	const rest = childrenOf(el).filter((n) => n !== heading);
	return {
		kind: 'questions',
		heading: heading ? readRuns(heading.childNodes) : [],
		blocks: readBlocks(rest),
	};
}

function readHelp(el: Element): Block {
	const heading = find(el, (e) => /^h[1-6]$/.test(e.tagName));
	const routes: HelpRoute[] = descendants(el)
		.filter((e) => e.tagName === 'li')
		.map((li) => {
			const name = find(li, (e) => e.tagName === 'strong');
			const contacts = descendants(li)
				.filter((e) => hasClass(e, 'contact'))
				.map((c) => {
					const href = attr(c, 'data-href');
					const text = squash(textContent(c));
					if (attr(c, 'data-school-blank') !== undefined) return { text, blank: true as const };
					return href ? { text, href } : { text };
				});
			return { name: squash(name ? textContent(name) : textContent(li)), contacts };
		});
	return { kind: 'help', heading: heading ? readRuns(heading.childNodes) : [], routes };
}

/** Reads the presentation's model from its built slides window and (optionally) presenter view. */
export function readDeckModel(
	slidesHtml: string,
	presenterHtml = '',
	where = 'a presentation'
): DeckModel {
	const doc = parse(slidesHtml);
	const html = find(doc, (e) => e.tagName === 'html');
	const deck = find(doc, (e) => e.tagName === 'slide-deck');
	if (!deck) throw new Error(`${where}: the slides page has no <slide-deck>`);
	const activityEls = descendants(deck).filter((e) => hasClass(e, 'deck-activity'));
	const activities: ModelActivity[] = activityEls.map((el) => ({
		title: attr(el, 'data-activity') ?? '',
		minutes: Number(attr(el, 'data-minutes')) || 0,
		notes: descendants(el)
			.filter((t) => t.tagName === 'template' && attr(t, 'data-teacher-note') !== undefined)
			.map((t) => {
				const title = attr(t, 'data-title') ?? 'Teacher note';
				let blocks: Block[];
				try {
					blocks = readBlocks(childrenOf(t));
				} catch (cause) {
					if (!(cause instanceof SlideProblem)) throw cause;
					throw new Error(
						`${where}, activity "${attr(el, 'data-activity') ?? ''}", note "${title}": ${cause.message}`,
						{ cause }
					);
				}
				return {
					kind:
						attr(t, 'data-kind') === 'safeguarding'
							? ('safeguarding' as const)
							: ('teacher' as const),
					title,
					blocks,
				};
			}),
	}));

	const slides: ModelSlide[] = [];
	let last = 0;
	for (const frame of descendants(deck).filter((e) => hasClass(e, 'slide-frame'))) {
		const slide = elementChildren(frame).find((e) => hasClass(e, 'slide'));
		if (!slide) continue;
		const title = squash(attr(slide, 'data-title') ?? '');
		const number = slides.length + 1;
		try {
			if (!title) throw new SlideProblem('it has no title');
			const body = find(slide, (e) => hasClass(e, 'slide-body'));
			const owner = closest(frame, (e) => hasClass(e, 'deck-activity'));
			const index = owner ? activityEls.indexOf(owner) : -1;
			if (index >= 0) last = index;
			const notes = descendants(frame)
				.filter((t) => t.tagName === 'template' && attr(t, 'data-notes') !== undefined)
				.flatMap((t) => readBlocks(childrenOf(t)));
			slides.push({
				title,
				opening: hasClass(slide, 'slide-opening'),
				body: body ? readBlocks(body.childNodes) : [],
				notes,
				activity: index >= 0 ? index : last,
			});
		} catch (cause) {
			if (!(cause instanceof SlideProblem)) throw cause;
			throw new Error(`${where}, slide ${number} "${title || '(untitled)'}": ${cause.message}`, {
				cause,
			});
		}
	}
	if (slides.length === 0) throw new Error(`${where}: the slides page has no slides`);

	const presenter = presenterHtml ? parse(presenterHtml) : undefined;
	const view = presenter && find(presenter, (e) => e.tagName === 'presenter-view');
	const safeguarding =
		view && find(view, (e) => e.tagName === 'details' && hasClass(e, 'safeguarding-note'));
	const beforeYouTeach = safeguarding
		? descendants(safeguarding)
				.filter((e) => e.tagName === 'li')
				.map((li) => squash(textContent(li)))
		: [];

	const summary = safeguarding && find(safeguarding, (e) => e.tagName === 'summary');
	return {
		title: slides[0]!.title,
		lang: (html && attr(html, 'lang')) || 'en-GB',
		slides,
		activities,
		beforeYouTeach,
		beforeTitle: (summary && squash(textContent(summary))) || 'Before you teach: safeguarding',
	};
}

/** Every word a block shows, one line per paragraph or list item (for notes and for tests). */
export function blockLines(blocks: readonly Block[], depth = 0): string[] {
	const lines: string[] = [];
	for (const block of blocks) {
		switch (block.kind) {
			case 'paragraph':
			case 'heading':
				lines.push(runsText(block.runs));
				break;
			case 'list':
				block.items.forEach((item, i) => {
					const marker = block.ordered ? `${block.start + i}.` : '•';
					lines.push(`${'  '.repeat(depth)}${marker} ${runsText(item.runs)}`);
					lines.push(...blockLines(item.children, depth + 1));
				});
				break;
			case 'scenario':
				lines.push(runsText(block.caption), ...blockLines(block.blocks, depth));
				break;
			case 'questions':
				lines.push(runsText(block.heading), ...blockLines(block.blocks, depth));
				break;
			case 'chat':
				lines.push(block.label);
				for (const line of block.messages)
					lines.push(`${senderLine(line)}: ${runsText(line.runs)}`);
				break;
			case 'help':
				lines.push(runsText(block.heading));
				for (const route of block.routes)
					lines.push([route.name, ...route.contacts.map((c) => c.text)].join(': '));
				break;
			case 'image':
				lines.push(`[Image: ${block.alt}]`);
				break;
		}
	}
	return lines.filter((line) => line.trim() !== '');
}
