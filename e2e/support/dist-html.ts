/**
 * Reads every HTML file in dist/ with a real HTML parser (parse5) and lists what the link checker
 * needs: the ids each page offers as #fragments, and every URL it points at.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { listFiles } from '../../tools/list-files';
import { splitFrontmatter } from '../../src/lib/mdx';
import { fileOfRoute, routeOfPathname } from '../../src/site/paths';
import { readSettings } from '../../src/site/settings';
import { distDir } from './site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PageLink {
	/** Attribute the URL came from, with its element ("a[href]"). */
	from: string;
	url: string;
}

export interface DistPage {
	/** Path relative to dist/ with `/` separators ("lessons/x/index.html"). */
	file: string;
	html: string;
	ids: Set<string>;
	links: PageLink[];
	elements: Element[];
}

const urlAttributes: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	iframe: ['src'],
	form: ['action'],
	video: ['src', 'poster'],
	audio: ['src'],
	use: ['href', 'xlink:href'],
	image: ['href', 'xlink:href'],
};

function walk(node: Node, visit: (el: Element) => void): void {
	if ('tagName' in node) visit(node);
	const children =
		'content' in node && node.nodeName === 'template' ? node.content.childNodes : undefined;
	for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(child, visit);
	for (const child of (children ?? []) as Node[]) walk(child, visit);
}

export const attr = (el: Element, name: string): string | undefined =>
	el.attrs.find((a) => a.name === name)?.value;

/** Every HTML file in dist/, parsed. */
export function distPages(): DistPage[] {
	return listFiles(distDir, '**/*.html').map((file) => {
		const html = readFileSync(join(distDir, file), 'utf8');
		const ids = new Set<string>();
		const links: PageLink[] = [];
		const elements: Element[] = [];
		walk(parse(html), (el) => {
			elements.push(el);
			const id = attr(el, 'id');
			if (id) ids.add(id);
			if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
			for (const name of urlAttributes[el.tagName] ?? []) {
				const value = attr(el, name);
				if (value === undefined) continue;
				const urls =
					name === 'srcset'
						? value.split(',').map((part) => part.trim().split(/\s+/)[0]!)
						: [value.trim()];
				for (const url of urls) if (url) links.push({ from: `${el.tagName}[${name}]`, url });
			}
		});
		return { file, html, ids, links, elements };
	});
}

/** The dist/ file a same-origin path points at, or undefined if there is none. */
export function fileFor(pathname: string, base: string): string | undefined {
	const route = routeOfPathname(base, decodeURIComponent(pathname));
	if (route === undefined) return undefined;
	const file = fileOfRoute(route);
	// A server answers "/x" with "x/index.html" too.
	const candidates = route.endsWith('/') ? [file] : [file, `${file}/index.html`];
	for (const c of candidates) {
		const full = join(distDir, c);
		if (
			existsSync(full) &&
			statSync(full).isFile() &&
			relative(distDir, full).split(sep)[0] !== '..'
		)
			return c.split(sep).join('/');
	}
	return undefined;
}

/**
 * Hosts a page may link to: every URL in content/data/services.yaml (help services and their sources),
 * every `url:` in content frontmatter and data (sources), and the quick exit's host.
 */
export function allowedHosts(quickExitUrl = readSettings().quickExitUrl): Set<string> {
	const hosts = new Set<string>([new URL(quickExitUrl).host]);
	const root = new URL('../../content/', import.meta.url).pathname;
	const collect = (value: unknown): void => {
		if (typeof value === 'string' && /^https?:\/\//.test(value)) hosts.add(new URL(value).host);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const file of listFiles(root, '**/*.{yaml,yml}'))
		collect(parseYaml(readFileSync(join(root, file), 'utf8')));
	for (const file of listFiles(root, '**/*.{md,mdx}')) {
		const { frontmatter } = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
		if (frontmatter) collect(parseYaml(frontmatter));
	}
	return hosts;
}
