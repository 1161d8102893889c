/**
 * The Welsh pages, read from the build in dist/ (no browser): a Welsh page shows no English interface
 * text, its menu leads to Welsh pages, and the language switch leads from each Welsh page to its
 * English page and back.
 *
 * "No English interface text": no English string of src/i18n/strings/en.yaml appears on a Welsh page
 * where its Welsh string differs, in the page's text or in the attributes a reader meets (labels,
 * titles, the words scripts show). Words the page marks as English (`lang="en-GB"`: the English
 * half of the translation notice, the switch to English, sources' English titles) are English on
 * purpose, and so are the kit's name, words that the Welsh strings use themselves (names, "help")
 * and addresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { expect, test } from 'vitest';
import { stringsFile } from '../src/i18n/files';
import { flattenStrings } from '../src/i18n/strings';
import { kitConfig } from '../src/config';
import { fileOfRoute, routeOfPathname } from '../src/site/paths';
import { readSettings } from '../src/site/settings';
import { escapeRegExp } from './support/site';
import { builtPages, distDir } from './support/site';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const base = readSettings().basePath;
const table = (locale: 'en' | 'cy') =>
	flattenStrings(parseYaml(readFileSync(stringsFile(locale), 'utf8')), stringsFile(locale));
const english = table('en');
const welsh = table('cy');
const welshWords = [...welsh.values()].join('\n');
const wholeWord = (words: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * The English words to look for: each string's words between its placeholders, with a word of four
 * letters or more, where the Welsh string differs and the Welsh strings do not use the same words.
 */
const englishWords = [
	...new Set(
		[...english].flatMap(([key, text]) =>
			welsh.get(key) === text
				? []
				: text
						.split(/\{\w+\}/)
						.map((part) => part.trim())
						.filter(
							(part) =>
								/\p{L}{4}/u.test(part) &&
								part !== kitConfig.siteName &&
								!wholeWord(part).test(welshWords)
						)
		)
	),
];

/** Attributes whose words a reader meets: labels, titles, alternatives and words scripts show. */
const wordAttributes =
	/^(aria-label|aria-description|alt|title|placeholder|value|data-(?!astro).*)$/;
const isEnglish = (el: Element) =>
	el.attrs.some((a) => a.name === 'lang' && /^en\b/i.test(a.value));
/**
 * The search's own interface (its dialog, and the words each page writes into the index for its
 * results, filters and keywords) is translated with the search, and left out here until it is.
 */
const isSearchInterface = (el: Element) =>
	el.attrs.some((a) => /^data-(search-dialog|pagefind-(filter|meta|weight))$/.test(a.name));

/**
 * The words in an attribute: a script's table of words (JSON) gives its values, not its keys; a
 * name in lower case with hyphens (`activity-left`) is an identifier, not words.
 */
function attributeWords(value: string): string[] {
	if (/^[a-z0-9_.:-]*$/.test(value)) return [];
	if (!/^[[{]/.test(value)) return [value];
	const leaves = (v: unknown): string[] =>
		typeof v === 'string'
			? [v]
			: v && typeof v === 'object'
				? Object.values(v).flatMap(leaves)
				: [];
	try {
		return leaves(JSON.parse(value));
	} catch {
		return [value];
	}
}

/** A page's words outside the parts it marks as English, whitespace collapsed, addresses left out. */
function wordsOf(html: string): string {
	const words: string[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node) {
			if (isEnglish(node) || isSearchInterface(node) || ['script', 'style'].includes(node.tagName))
				return;
			for (const a of node.attrs)
				if (wordAttributes.test(a.name)) words.push(...attributeWords(a.value));
			const content = (node as { content?: Node }).content;
			if (content) walk(content);
		}
		if (node.nodeName === '#text') words.push((node as DefaultTreeAdapterMap['textNode']).value);
		for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(child);
	};
	const body = (parse(html).childNodes as Node[])
		.flatMap((n) => ('childNodes' in n ? (n.childNodes as Node[]) : []))
		.find((n) => n.nodeName === 'body');
	if (body) walk(body);
	return words
		.join(' ')
		.replace(/\S*\/\S*/g, ' ')
		.replace(/\s+/g, ' ');
}

/** The elements under `root` that `match`, in document order. */
function elementsUnder(root: Node, match: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	const walk = (node: Node) => {
		if ('tagName' in node && match(node)) found.push(node);
		for (const child of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(child);
	};
	walk(root);
	return found;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (name: string) => (el: Element) =>
	(attr(el, 'class') ?? '').split(/\s+/).includes(name);
const read = (route: string) => readFileSync(join(distDir, fileOfRoute(route)), 'utf8');
const tree = (route: string) => parse(read(route)) as unknown as Node;
/** The routes a page's links under its first element with class `within` lead to. */
const linksIn = (route: string, within: string): (string | undefined)[] => {
	const [box] = elementsUnder(tree(route), hasClass(within));
	return box
		? elementsUnder(box, (el) => el.tagName === 'a').map((a) =>
				routeOfPathname(base, attr(a, 'href') ?? '')
			)
		: [];
};

/**
 * The Welsh pages, the printed ones too (the bilingual sheets' English is marked `lang="en-GB"`, so
 * it is English by design).
 */
const welshPages = builtPages().filter((p) => p.locale === 'cy');
/** The Welsh pages with the site's header: its menu and language switch (not slides or paper). */
const withHeader = welshPages.filter((p) => p.kind !== 'presentation' && p.kind !== 'print');

test('the English strings to look for are many, and the Welsh build has pages', () => {
	expect(englishWords.length).toBeGreaterThan(50);
	expect(welshPages.map((p) => p.name)).toEqual(
		expect.arrayContaining(['home', 'help', 'advice', 'adviceItem', 'glossary', 'offline'])
	);
});

test('a Welsh page shows no English interface text', () => {
	const found = welshPages.flatMap((page) => {
		const words = wordsOf(read(page.route));
		return englishWords
			.filter((text) => wholeWord(text).test(words))
			.map((text) => `${page.route}: "${text}"`);
	});
	expect(found).toEqual([]);
});

test("a Welsh page's menu leads to Welsh pages, and its language switch to its English page and back", () => {
	const problems: string[] = [];
	for (const page of withHeader) {
		const [header] = elementsUnder(tree(page.route), hasClass('site-header'));
		const menu = header ? elementsUnder(header, (el) => el.tagName === 'nav') : [];
		for (const a of menu.flatMap((nav) => elementsUnder(nav, (el) => el.tagName === 'a'))) {
			const to = routeOfPathname(base, attr(a, 'href') ?? '');
			if (!to?.startsWith('/cy/')) problems.push(`${page.route}: the menu leads to ${to}`);
		}
		const english = page.route.replace(/^\/cy\//, '/');
		const [there] = linksIn(page.route, 'language-switch');
		if (there !== english) problems.push(`${page.route}: the switch leads to ${there}`);
		else if (linksIn(english, 'language-switch')[0] !== page.route)
			problems.push(`${english}: the switch leads to ${linksIn(english, 'language-switch')[0]}`);
	}
	expect(problems).toEqual([]);
});
