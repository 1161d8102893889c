/**
 * Small functions over parse5's tree, for the build steps that read built pages (the slide exports).
 * Template contents are walked only where a caller asks for them, as in a browser.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type Template = DefaultTreeAdapterMap['template'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type TextNode = DefaultTreeAdapterMap['textNode'];

export const isElement = (node: Node): node is Element => 'tagName' in node;
export const isText = (node: Node): node is TextNode => node.nodeName === '#text';

export const attr = (el: Element, name: string): string | undefined =>
	el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: Element, name: string): boolean =>
	(attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** Child nodes of an element, or of a template's content. */
export function childrenOf(node: Node): Node[] {
	if (isElement(node) && node.tagName === 'template') return (node as Template).content.childNodes;
	return 'childNodes' in node ? node.childNodes : [];
}

/** Element children only. */
export const elementChildren = (node: Node): Element[] => childrenOf(node).filter(isElement);

/** Every element under `root` in document order, not entering templates unless asked. */
export function descendants(root: Node, intoTemplates = false): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		const kids =
			isElement(node) && node.tagName === 'template' && !intoTemplates ? [] : childrenOf(node);
		for (const child of kids) {
			if (isElement(child)) found.push(child);
			walk(child);
		}
	};
	walk(root);
	return found;
}

/** The first element under `root` matching a test, outside templates. */
export const find = (root: Node, test: (el: Element) => boolean): Element | undefined =>
	descendants(root).find(test);

/** The nearest ancestor (or the element itself) that passes a test. */
export function closest(el: Element, test: (el: Element) => boolean): Element | undefined {
	let node: ParentNode | null = el;
	while (node && 'tagName' in node) {
		if (test(node)) return node;
		node = node.parentNode;
	}
	return undefined;
}

/** The text of a node as the DOM's textContent gives it (templates not entered). */
export function textContent(node: Node): string {
	if (isText(node)) return node.value;
	if (isElement(node) && node.tagName === 'template') return '';
	return childrenOf(node).map(textContent).join('');
}

/** White space collapsed to single spaces and trimmed, as a reader sees the words. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
