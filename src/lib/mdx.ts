/**
 * Reads the MDX source of content with the parser the build itself uses (Sätteri, through
 * @astrojs/mdx), so checks see what the build sees: a tag split over lines counts, and one inside a
 * code block or an MDX comment does not. Line numbers are 1-based, in the text that was parsed.
 */
import { mdxToMdast } from 'satteri';

/** The parts of an mdast node the kit reads (Sätteri gives full mdast; see @types/mdast). */
export interface MdNode {
	type: string;
	children?: MdNode[];
	value?: unknown;
	/** JSX elements: the component or tag name (`null` for a fragment). */
	name?: string | null;
	attributes?: { type: string; name?: string; value?: unknown }[];
	/** Links and images. */
	url?: string;
	alt?: string | null;
	position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

/** An attribute's value: a literal read from the source, or the source of any other expression. */
export type AttributeValue =
	string | number | boolean | null | AttributeValue[] | { expression: string };

/** A JSX element in MDX, such as `<Activity title="…" minutes={5}>`. */
export interface MdxElement {
	name: string;
	/** Attributes by name; one written without a value (`<Activity optional>`) is `true`. */
	attributes: Record<string, AttributeValue>;
	/** Line of the opening `<`. */
	line: number;
	node: MdNode;
}

const treeCache = new Map<string, MdNode>();

/**
 * The mdast tree of an MDX text (frontmatter allowed). Parsed once per text: the content checks all
 * ask about the same files. Throws with the parser's message when the MDX does not parse.
 */
export function parseMdx(source: string): MdNode {
	const cached = treeCache.get(source);
	if (cached) return cached;
	let tree: MdNode;
	try {
		tree = mdxToMdast(source) as unknown as MdNode;
	} catch (cause) {
		throw new Error(
			`the MDX does not parse: ${cause instanceof Error ? cause.message : String(cause)}`,
			{
				cause,
			}
		);
	}
	if (treeCache.size > 100) treeCache.clear();
	treeCache.set(source, tree);
	return tree;
}

/**
 * An MDX file's frontmatter (the YAML text, undefined without one) and its body, split where the
 * parser says the frontmatter ends.
 */
export function splitFrontmatter(source: string): {
	frontmatter: string | undefined;
	body: string;
} {
	const first = parseMdx(source).children?.[0];
	const end = first?.position?.end.offset;
	if (first?.type !== 'yaml' || end === undefined) return { frontmatter: undefined, body: source };
	return {
		frontmatter: typeof first.value === 'string' ? first.value : '',
		body: source.slice(end).replace(/^\r?\n/, ''),
	};
}

/** Visits every node in document order, parents before their children. */
export function walk(
	node: MdNode,
	visit: (node: MdNode, parent: MdNode | undefined) => void
): void {
	const go = (current: MdNode, parent: MdNode | undefined) => {
		visit(current, parent);
		for (const child of current.children ?? []) go(child, current);
	};
	go(node, undefined);
}

const isElement = (node: MdNode) =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Reads a literal written in an attribute's braces: numbers, `true`/`false`/`null`, quoted strings
 * and arrays of those (`ids={['ceop', 'childline']}`). Anything else comes back as its source.
 */
export function readLiteral(source: string): AttributeValue {
	const text = source.trim();
	const reader = { at: 0 };
	try {
		const value = literalAt(text, reader);
		skipSpace(text, reader);
		if (reader.at === text.length) return value;
	} catch {
		// Not a literal: fall through.
	}
	return { expression: text };
}

function skipSpace(text: string, reader: { at: number }): void {
	while (reader.at < text.length && /\s/.test(text[reader.at]!)) reader.at += 1;
}

function literalAt(text: string, reader: { at: number }): AttributeValue {
	skipSpace(text, reader);
	const rest = text.slice(reader.at);
	const quote = rest[0];
	if (quote === '"' || quote === "'" || quote === '`') {
		let out = '';
		for (let i = 1; i < rest.length; i += 1) {
			const ch = rest[i]!;
			if (ch === '\\') {
				out += rest[i + 1] ?? '';
				i += 1;
			} else if (ch === quote) {
				reader.at += i + 1;
				return out;
			} else if (quote === '`' && ch === '$' && rest[i + 1] === '{') {
				throw new Error('template with expressions');
			} else out += ch;
		}
		throw new Error('unterminated string');
	}
	if (quote === '[') {
		reader.at += 1;
		const items: AttributeValue[] = [];
		for (;;) {
			skipSpace(text, reader);
			if (text[reader.at] === ']') {
				reader.at += 1;
				return items;
			}
			items.push(literalAt(text, reader));
			skipSpace(text, reader);
			if (text[reader.at] === ',') reader.at += 1;
			else if (text[reader.at] !== ']') throw new Error('expected , or ]');
		}
	}
	const word = /^(-?\d+(?:\.\d+)?|true|false|null)(?![\w$])/.exec(rest);
	if (!word) throw new Error('not a literal');
	reader.at += word[0].length;
	const w = word[1]!;
	return w === 'true' ? true : w === 'false' ? false : w === 'null' ? null : Number(w);
}

function attributesOf(node: MdNode): Record<string, AttributeValue> {
	const out: Record<string, AttributeValue> = {};
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
		const value = attribute.value;
		if (value === null || value === undefined) out[attribute.name] = true;
		else if (typeof value === 'string') out[attribute.name] = value;
		else if (typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
			out[attribute.name] = readLiteral(value.value);
		}
	}
	return out;
}

/** Every JSX element in the MDX (or one of the `names` given), in document order. */
export function mdxElements(
	source: string | MdNode,
	names?: string | readonly string[]
): MdxElement[] {
	const tree = typeof source === 'string' ? parseMdx(source) : source;
	const wanted =
		names === undefined ? undefined : new Set(typeof names === 'string' ? [names] : names);
	const found: MdxElement[] = [];
	walk(tree, (node) => {
		if (!isElement(node) || !node.name) return;
		if (wanted && !wanted.has(node.name)) return;
		found.push({
			name: node.name,
			attributes: attributesOf(node),
			line: node.position?.start.line ?? 0,
			node,
		});
	});
	return found;
}

/** One element being rewritten by `rewriteElements`. */
export interface ElementRewrite {
	element: MdxElement;
	/** Its opening tag as written (`<Activity title="…" minutes={5}>`); the whole tag if self-closing. */
	open: string;
	/** Its closing tag as written (`</Activity>`); empty if self-closing. */
	close: string;
	/** The text between the tags, with the elements inside already rewritten. */
	inner: string;
	/** True for an element on lines of its own (a block), false for one inside a line of text. */
	block: boolean;
}

/**
 * The MDX text with JSX elements replaced by position (code blocks and comments are left alone):
 * `replace` gets each element with its tags and its inner text, in which the elements inside were
 * rewritten first, and returns the text to put in its place, or undefined to keep the element's own
 * tags.
 */
export function rewriteElements(
	source: string,
	replace: (rewrite: ElementRewrite) => string | undefined
): string {
	const tree = parseMdx(source);
	const span = (node: MdNode | undefined) => ({
		start: node?.position?.start.offset,
		end: node?.position?.end.offset,
	});
	const rewrite = (node: MdNode, from: number, to: number): string => {
		let out = '';
		let at = from;
		const visit = (parent: MdNode) => {
			for (const child of parent.children ?? []) {
				const { start, end } = span(child);
				if (!isElement(child) || !child.name || start === undefined || end === undefined) {
					visit(child);
					continue;
				}
				const kids = child.children ?? [];
				const first = span(kids[0]).start;
				const last = span(kids.at(-1)).end;
				const inside = first !== undefined && last !== undefined;
				const selfClosing = !inside && source.slice(start, end).trimEnd().endsWith('/>');
				const inner = inside ? rewrite(child, first, last) : '';
				const replacement = replace({
					element: {
						name: child.name,
						attributes: attributesOf(child),
						line: child.position?.start.line ?? 0,
						node: child,
					},
					open: inside
						? source.slice(start, first).trimEnd()
						: selfClosing
							? source.slice(start, end)
							: source.slice(start, source.indexOf('>', start) + 1),
					close: inside
						? source.slice(last, end).trimStart()
						: selfClosing
							? ''
							: `</${child.name}>`,
					inner,
					block: child.type === 'mdxJsxFlowElement',
				});
				out += source.slice(at, start);
				out +=
					replacement ??
					(inside
						? source.slice(start, first) + inner + source.slice(last, end)
						: source.slice(start, end));
				at = end;
			}
		};
		visit(node);
		return out + source.slice(at, to);
	};
	return rewrite(tree, 0, source.length);
}

/** An attribute as text: a string, a number written in braces, or a string in braces. */
export function textAttribute(element: MdxElement, name: string): string | undefined {
	const value = element.attributes[name];
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	return undefined;
}

/** A value as a message shows it: `nothing`, an expression's source, or the literal as JSON. */
export function showValue(value: AttributeValue | undefined): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value.expression;
	return JSON.stringify(value);
}

/** The text a reader sees inside a node: text, inline code and the text of elements inside it. */
export function textOf(node: MdNode): string {
	if (node.type === 'text' || node.type === 'inlineCode')
		return typeof node.value === 'string' ? node.value : '';
	if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
	const parts = (node.children ?? []).map(textOf);
	return phrasing.has(node.type) ? parts.join('') : parts.join('\n');
}

/** Nodes that sit inside a line of text; everything else is a block and starts a new line. */
const phrasing = new Set([
	'paragraph',
	'heading',
	'tableCell',
	'emphasis',
	'strong',
	'delete',
	'link',
	'mdxJsxTextElement',
]);
