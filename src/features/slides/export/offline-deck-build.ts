/**
 * The one-file offline deck: presentation mode's slides window and presenter view, taken from their
 * built pages, in one HTML file that needs nothing else. Its styles (fonts as data: URLs) and its
 * script are inside it, under a Content Security Policy of its own that allows exactly those two
 * by hash and nothing from anywhere, so it works opened from a USB stick, a shared drive or an email.
 *
 * The markup is presentation mode's own (`<slide-deck>`, and `<presenter-view>` in a template the
 * script swaps in for `?presenter`, given the deck's slides then), so the slides, notes, buttons and
 * keys are the same, minus what
 * needs the site: links to the lesson plan and help pages, and the plan text between slides (hidden
 * in presentation mode, left out here). Links into the site inside slides and notes become plain words.
 */
import { createHash } from 'node:crypto';
import { parse, serializeOuter } from 'parse5';
import {
	attr,
	childrenOf,
	descendants,
	find,
	hasClass,
	isElement,
	isText,
	type Element,
	type Node,
	type ParentNode,
	type Template,
} from './html-tree';

/** Reads a file of the build by its URL path on the site (`/_astro/x.woff2`); undefined if there is none. */
export type AssetReader = (path: string) => Uint8Array | undefined;

export interface OfflineDeckInput {
	slidesHtml: string;
	presenterHtml: string;
	/** The bundled client script (src/features/slides/export/offline-deck-entry.ts). */
	script: string;
	readAsset: AssetReader;
	/** Names the presentation in errors. */
	where: string;
}

const mimeTypes: Record<string, string> = {
	woff2: 'font/woff2',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	avif: 'image/avif',
	svg: 'image/svg+xml',
};

/** A file of the build as a data: URL. */
function dataUrl(path: string, readAsset: AssetReader, where: string): string {
	const clean = path.replace(/[?#].*$/, '');
	const ext = /\.([a-z0-9]+)$/i.exec(clean)?.[1]?.toLowerCase() ?? '';
	const type = mimeTypes[ext];
	const bytes = readAsset(clean);
	if (!type || !bytes) throw new Error(`${where}: the offline deck cannot include ${path}`);
	return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * A stylesheet with its files inside: every browser that runs the deck reads woff2, so the older
 * woff copies in `@font-face` are dropped, and the rest become data: URLs.
 */
export function inlineStylesheet(css: string, readAsset: AssetReader, where: string): string {
	return css
		.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']?woff["']?\)/g, '')
		.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, _q, url: string) =>
			url.startsWith('data:') ? whole : `url(${dataUrl(url, readAsset, where)})`
		);
}

/** The SHA-256 hash of inline code, as a CSP source. */
export const cspHash = (text: string): string =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The deck's own policy: its one script and its styles by hash, fonts and images from data: URLs, nothing else. */
export function offlinePolicy(scripts: readonly string[], styles: readonly string[]): string {
	return [
		"default-src 'none'",
		`script-src ${scripts.map(cspHash).join(' ')}`,
		`style-src ${styles.map(cspHash).join(' ')}`,
		'font-src data:',
		'img-src data:',
		"base-uri 'none'",
		"form-action 'none'",
	].join('; ');
}

const remove = (node: Node) => {
	const parent = (node as { parentNode?: ParentNode | null }).parentNode;
	if (parent) parent.childNodes = parent.childNodes.filter((n) => n !== node);
};

const setAttr = (el: Element, name: string, value: string | null) => {
	el.attrs = el.attrs.filter((a) => a.name !== name);
	if (value !== null) el.attrs.push({ name, value });
};

/** What the presentation keeps inside a deck's source: slides, activities, and teacher notes inside activities. */
function keepsSomething(el: Element): boolean {
	return (
		hasClass(el, 'slide-frame') ||
		hasClass(el, 'deck-activity') ||
		descendants(el).some((d) => hasClass(d, 'slide-frame') || hasClass(d, 'deck-activity'))
	);
}

/** Leaves out the lesson plan between slides, keeping each activity's teacher and safeguarding notes. */
function stripPlan(parent: Node, insideActivity: boolean): void {
	for (const child of [...childrenOf(parent)]) {
		if (isText(child)) {
			if (child.value.trim()) remove(child);
			continue;
		}
		if (!isElement(child)) {
			remove(child);
			continue;
		}
		if (hasClass(child, 'slide-frame')) continue;
		if (hasClass(child, 'deck-activity')) {
			stripPlan(child, true);
			continue;
		}
		if (child.tagName === 'template' && attr(child, 'data-teacher-note') !== undefined) {
			if (!insideActivity) remove(child);
			continue;
		}
		const notes = descendants(child).filter(
			(d) => d.tagName === 'template' && attr(d, 'data-teacher-note') !== undefined
		);
		if (keepsSomething(child)) stripPlan(child, insideActivity);
		else if (insideActivity && notes.length > 0) {
			// Plan text holding a teacher note: keep the note, lose the text around it.
			const parentNode = child.parentNode as ParentNode;
			const at = parentNode.childNodes.indexOf(child);
			for (const note of notes) note.parentNode = parentNode;
			parentNode.childNodes.splice(at, 1, ...notes);
		} else remove(child);
	}
}

/** Links into the site become their words (kept in a span); web links elsewhere stay links. */
function unlinkSite(root: Node): void {
	for (const a of descendants(root, true).filter((e) => e.tagName === 'a')) {
		if (/^https?:\/\//i.test(attr(a, 'href') ?? '')) continue;
		a.tagName = 'span';
		a.nodeName = 'span';
		a.attrs = a.attrs.filter((x) => x.name === 'class' || x.name.startsWith('data-astro-cid'));
	}
}

/** Images inside slides and notes, made part of the file. */
function inlineImages(root: Node, readAsset: AssetReader, where: string): void {
	for (const img of descendants(root, true).filter((e) => e.tagName === 'img')) {
		const src = attr(img, 'src');
		if (src && !src.startsWith('data:')) setAttr(img, 'src', dataUrl(src, readAsset, where));
		setAttr(img, 'srcset', null);
	}
}

/** Removes the links to pages of the site (lesson plan, help) from a window's controls. */
function dropSiteLinks(root: Element): void {
	for (const link of descendants(root).filter((e) => hasClass(e, 'deck-link'))) remove(link);
}

function prepare(root: Element, input: OfflineDeckInput): void {
	// The presenter view's copy of the deck is inside a template: look there too.
	for (const source of descendants(root, true).filter((e) => hasClass(e, 'deck-source')))
		stripPlan(source, false);
	dropSiteLinks(root);
	unlinkSite(root);
	inlineImages(root, input.readAsset, input.where);
}

/** The stylesheets a page links, in order (site paths). */
function stylesheets(doc: Node): string[] {
	return descendants(doc)
		.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'stylesheet')
		.map((e) => attr(e, 'href') ?? '')
		.filter(Boolean);
}

/** A `<noscript>`'s stylesheet links: parse5 keeps noscript content as text when scripting is on. */
function noscriptStylesheets(html: string): string[] {
	return [...html.matchAll(/<noscript>\s*<link rel="stylesheet" href="([^"]+)"/g)].map(
		(m) => m[1]!
	);
}

const decoder = new TextDecoder();

/** Markup of an element, boolean attributes written bare (`hidden`, not `hidden=""`) as the site writes them. */
const outer = (el: Element): string =>
	serializeOuter(el).replace(/(<[a-z][^<>]*?\s(?:hidden|inert|open|disabled|checked))=""/g, '$1');

/** The offline deck's HTML, from the two built pages of a presentation. */
export function offlineDeck(input: OfflineDeckInput): string {
	const { where } = input;
	const slidesDoc = parse(input.slidesHtml);
	const presenterDoc = parse(input.presenterHtml);
	const deck = find(slidesDoc, (e) => e.tagName === 'slide-deck');
	const presenter = find(presenterDoc, (e) => e.tagName === 'presenter-view');
	if (!deck) throw new Error(`${where}: the slides page has no <slide-deck>`);
	if (!presenter) throw new Error(`${where}: the presenter page has no <presenter-view>`);

	prepare(deck, input);
	prepare(presenter, input);
	// The presenter view reads its deck from the slides window's copy (src/features/slides/export/offline-view.ts):
	// one copy of every slide in the file, and no duplicate landmarks.
	for (const source of descendants(presenter).filter(
		(e) => e.tagName === 'template' && attr(e, 'data-deck-source') !== undefined
	))
		(source as Template).content.childNodes = [];
	// The two windows are this same file, told apart by `?presenter`; no page of the site is linked.
	setAttr(deck, 'data-presenter-href', '?presenter');
	setAttr(deck, 'data-item-href', null);
	setAttr(presenter, 'data-audience-href', '?slides');
	setAttr(presenter, 'data-item-href', null);

	const read = (path: string) => {
		const bytes = input.readAsset(path);
		if (!bytes) throw new Error(`${where}: the offline deck cannot include ${path}`);
		return decoder.decode(bytes);
	};
	const sheets = [...new Set([...stylesheets(slidesDoc), ...stylesheets(presenterDoc)])];
	const css = sheets.map((href) => inlineStylesheet(read(href), input.readAsset, where)).join('\n');
	const noscriptCss = noscriptStylesheets(input.slidesHtml)
		.map((href) => inlineStylesheet(read(href), input.readAsset, where))
		.join('\n');
	// A closing tag inside the code would end the element early.
	const script = input.script.replace(/<\/(script)/gi, '<\\/$1');
	if (/<\/style/i.test(css + noscriptCss))
		throw new Error(`${where}: a stylesheet contains "</style"`);

	const titleOf = (doc: Node) => {
		const t = find(doc, (e) => e.tagName === 'title');
		return t
			? childrenOf(t)
					.map((n) => (isText(n) ? n.value : ''))
					.join('')
			: '';
	};
	const html = find(slidesDoc, (e) => e.tagName === 'html');
	const lang = (html && attr(html, 'lang')) || 'en-GB';
	const policy = offlinePolicy([script], noscriptCss ? [css, noscriptCss] : [css]);
	const escape = (text: string) =>
		text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

	return [
		'<!DOCTYPE html>',
		`<html lang="${escape(lang)}" class="view-deck">`,
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="content-security-policy" content="${escape(policy)}">`,
		'<meta name="referrer" content="no-referrer">',
		`<title>${escape(titleOf(slidesDoc))}</title>`,
		`<style>${css}</style>`,
		noscriptCss ? `<noscript><style>${noscriptCss}</style></noscript>` : '',
		'</head>',
		'<body data-pagefind-ignore="all">',
		outer(deck),
		`<template data-offline-presenter data-title="${escape(titleOf(presenterDoc))}">${outer(presenter)}</template>`,
		`<script>${script}</script>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
