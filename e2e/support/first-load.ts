/**
 * What a browser downloads of JavaScript and CSS when it opens a built page, before anyone touches it,
 * read from the files in dist/: the page's stylesheets (every `<link rel="stylesheet">`, whatever its
 * media: Chromium fetches a print stylesheet too, at low priority), its preloaded scripts and styles,
 * its scripts (module scripts with every module they import statically, however deep) and its inline
 * `<script>` and `<style>` blocks. Each file counts once, gzipped with zlib's default level as a
 * compressing server would send it. A module imported with `import()` is not counted: the kit loads
 * those on first use (the search dialog on Ctrl+K, for one). A page that calls `import()` as it loads,
 * as the search page does for Pagefind, is measured in Chromium instead (e2e/budgets.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import ts from 'typescript';
import { withBase } from '../../src/site/paths';
import { readSettings } from '../../src/site/settings';
import { fileFor } from './dist-html';
import { distDir } from './site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface LoadedFile {
	kind: 'js' | 'css';
	/** The dist/ file, or "inline <script>" / "inline <style>" with the page's file. */
	name: string;
	/** Gzipped size. */
	bytes: number;
}

export interface FirstLoad {
	js: number;
	css: number;
	files: LoadedFile[];
}

const base = readSettings().basePath;
const origin = 'http://kit.invalid';

/** Script types the browser runs (not data blocks such as Pagefind's result template or JSON). */
export const runnable = (type: string | undefined): boolean =>
	!type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());

const attr = (el: Element, name: string): string | undefined =>
	el.attrs.find((a) => a.name === name)?.value;

/** Elements of the document as the browser builds it: a `<template>`'s content is inert, so it is skipped. */
function elements(node: Node, found: Element[] = []): Element[] {
	if ('tagName' in node) {
		if (node.tagName === 'template') return found;
		found.push(node);
	}
	for (const child of ('childNodes' in node ? node.childNodes : []) as Node[])
		elements(child, found);
	return found;
}

const textOf = (el: Element): string =>
	el.childNodes.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');

/**
 * The modules a module imports statically (`import … from`, `import '…'`, `export … from`), as
 * written. A real parser, so a specifier inside a string or a comment is never taken for one.
 */
export function staticImports(source: string): string[] {
	const file = ts.createSourceFile(
		'module.js',
		source,
		ts.ScriptTarget.Latest,
		false,
		ts.ScriptKind.JS
	);
	return file.statements.flatMap((statement) =>
		(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
		statement.moduleSpecifier &&
		ts.isStringLiteral(statement.moduleSpecifier)
			? [statement.moduleSpecifier.text]
			: []
	);
}

/** CSS `@import`s, which a browser fetches with the sheet. */
const cssImports = (css: string): string[] =>
	[
		...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g),
	].map((m) => m[1]!);

/** Each built script and stylesheet, read and gzipped once: many pages share them. */
const builtFiles = new Map<string, { text: string; bytes: number }>();
/** Static imports by the module's pathname: the same chunks load on many pages. */
const importsOf = new Map<string, string[]>();

const gzipped = (text: string | Buffer) => gzipSync(text).length;

/**
 * The JavaScript and CSS the page in `file` (relative to dist/, "help/index.html") loads before any
 * interaction, gzipped. Throws, naming the page, if it points at a script or stylesheet the build
 * does not have (the browser would get a 404).
 */
export function firstLoad(file: string): FirstLoad {
	const pageUrl = new URL(withBase(base, `/${file.replace(/index\.html$/, '')}`), origin);
	const files: LoadedFile[] = [];
	const seen = new Set<string>();

	/** A same-origin file of the build, counted once; returns its text, or undefined if seen. */
	const fetchOnce = (kind: 'js' | 'css', url: string, from: URL): string | undefined => {
		const target = new URL(url, from);
		if (target.origin !== origin)
			throw new Error(`${file}: loads ${url} from another origin (${target.origin})`);
		const built = fileFor(target.pathname, base);
		if (!built) throw new Error(`${file}: loads ${url}, which the build does not have`);
		if (seen.has(built)) return undefined;
		seen.add(built);
		if (!builtFiles.has(built)) {
			const body = readFileSync(join(distDir, built));
			builtFiles.set(built, { text: body.toString('utf8'), bytes: gzipped(body) });
		}
		const { text, bytes } = builtFiles.get(built)!;
		files.push({ kind, name: built, bytes });
		return text;
	};
	const module = (url: string, from: URL): void => {
		const source = fetchOnce('js', url, from);
		if (source === undefined) return;
		const at = new URL(url, from);
		if (!importsOf.has(at.pathname)) importsOf.set(at.pathname, staticImports(source));
		for (const specifier of importsOf.get(at.pathname)!) module(specifier, at);
	};
	const sheet = (url: string, from: URL): void => {
		const css = fetchOnce('css', url, from);
		if (css === undefined) return;
		const at = new URL(url, from);
		for (const imported of cssImports(css)) sheet(imported, at);
	};

	const html = readFileSync(join(distDir, file), 'utf8');
	for (const el of elements(parse(html))) {
		const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(el, 'href');
		if (el.tagName === 'link' && href) {
			if (rel.includes('stylesheet')) sheet(href, pageUrl);
			else if (rel.includes('modulepreload')) module(href, pageUrl);
			else if (rel.includes('preload') && attr(el, 'as') === 'style') sheet(href, pageUrl);
			else if (rel.includes('preload') && attr(el, 'as') === 'script')
				fetchOnce('js', href, pageUrl);
		} else if (el.tagName === 'script' && runnable(attr(el, 'type'))) {
			const isModule = attr(el, 'type')?.trim().toLowerCase() === 'module';
			const src = attr(el, 'src');
			if (src) {
				if (isModule) module(src, pageUrl);
				else fetchOnce('js', src, pageUrl);
			} else {
				const text = textOf(el);
				if (!text.trim()) continue;
				files.push({ kind: 'js', name: `inline <script> in ${file}`, bytes: gzipped(text) });
				if (isModule) for (const specifier of staticImports(text)) module(specifier, pageUrl);
			}
		} else if (el.tagName === 'style') {
			const text = textOf(el);
			if (!text.trim()) continue;
			files.push({ kind: 'css', name: `inline <style> in ${file}`, bytes: gzipped(text) });
			for (const imported of cssImports(text)) sheet(imported, pageUrl);
		}
	}
	const sum = (kind: 'js' | 'css') =>
		files.filter((f) => f.kind === kind).reduce((total, f) => total + f.bytes, 0);
	return { js: sum('js'), css: sum('css'), files };
}
