/**
 * Checks on the MDX source of content that a frontmatter schema cannot make. The content loaders
 * (src/loaders/) run them, so `astro sync`, `astro check` and `astro build` all stop on a problem and
 * name the file:
 * - every image has alt text;
 * - every component is one the collection's pages pass to MDX (an unknown one would only fail when
 *   the page renders, with an error that does not say which file);
 * - every link inside the kit goes to a page the kit builds;
 * - every phone number is one from content/data/services.yaml;
 * - no list writes out the "if it happens" steps by hand, or says block before saving the evidence
 *   (src/lib/steps.ts: the steps come from content/data/steps.yaml through `<Steps />`);
 * - every made-up message thread (`<Chat>`) is well formed, inside a `<Scenario>` (src/lib/chats.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chatProblems } from './chats';
import { mdxElements, parseMdx, showValue, textAttribute, walk, type MdNode } from './mdx';
import { phoneKey, phoneNumbersIn } from './services';
import { handWrittenStepsProblems } from './steps';

/** The line a node starts on. */
const lineOf = (node: MdNode): number => node.position?.start.line ?? 0;

/** Components lessons, advice and guides may use (src/components/mdx/index.ts must match; astro check enforces it). */
export const mdxComponentNames = [
	'Activity',
	'Chat',
	'Guidance',
	'HelpRoutes',
	'Lead',
	'LessonList',
	'Msg',
	'NationNote',
	'NationPart',
	'Notes',
	'Questions',
	'SafeguardingNote',
	'Scenario',
	'Slide',
	'Steps',
	'TalkList',
	'TeacherNote',
	'Term',
	'Worksheet',
	'Years',
] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Components the printed sheets may use (src/features/print/sheet/index.ts must match). */
export const leafletComponentNames = [
	'Box',
	'Col',
	'Cols',
	'Contact',
	'Field',
	'Flow',
	'Guidance',
	'HelpQr',
	'Lead',
	'LeafletHelp',
	'NationPart',
	'SchoolContact',
	'SchoolPart',
	'SchoolPeople',
	'SchoolText',
	'Side',
	'Steps',
	'TurnOver',
] as const;
export type LeafletComponentName = (typeof leafletComponentNames)[number];

/** Images without alt text: Markdown `![](…)` with empty brackets, or `<img>` without a non-empty `alt`. */
export function imageAltProblems(body: string): string[] {
	const problems: string[] = [];
	walk(parseMdx(body), (node) => {
		if (node.type === 'image' && !node.alt?.trim()) {
			const url = node.url ?? '';
			problems.push(
				`line ${lineOf(node)}: image ${url} has no alt text (write ![what it shows](${url}))`
			);
		}
	});
	for (const img of mdxElements(body, 'img')) {
		const alt = img.attributes['alt'];
		if (typeof alt !== 'string' || !alt.trim()) {
			problems.push(
				`line ${img.line}: <img src="${textAttribute(img, 'src') ?? showValue(img.attributes['src'])}"> has no alt text`
			);
		}
	}
	return problems;
}

/** Capitalised JSX tags that are not in `known`, once each. */
export function unknownComponentProblems(body: string, known: readonly string[]): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const { name, line } of mdxElements(body)) {
		if (!/^[A-Z]/.test(name) || known.includes(name) || seen.has(name)) continue;
		seen.add(name);
		problems.push(`line ${line}: unknown component <${name}> (available: ${known.join(', ')})`);
	}
	return problems;
}

/** Links to pages inside the kit, absolute (`/help/`) or relative (`../help/`), in Markdown or `href` attributes. */
export function internalLinks(body: string): { path: string; line: number }[] {
	const links: { path: string; line: number }[] = [];
	const add = (path: string | undefined, line: number) => {
		if (!path || path.startsWith('#') || path.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(path))
			return;
		links.push({ path, line });
	};
	walk(parseMdx(body), (node) => {
		if (node.type === 'link' || node.type === 'definition') add(node.url, lineOf(node));
	});
	for (const element of mdxElements(body)) add(textAttribute(element, 'href'), element.line);
	return links.sort((a, b) => a.line - b.line);
}

/**
 * Links inside the kit whose page (fragment and query aside) is not a known route. Relative links are
 * read from `pageRoute`, the route the file is published at (base-path safe, as authors write them).
 */
export function internalLinkProblems(
	body: string,
	routes: ReadonlySet<string>,
	pageRoute = '/'
): string[] {
	return internalLinks(body).flatMap(({ path, line }) => {
		const pathname = new URL(path, `http://kit.invalid${pageRoute}`).pathname;
		const route =
			/\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
		return routes.has(route)
			? []
			: [`line ${line}: link to ${path} goes to ${route}, but the kit has no such page`];
	});
}

/** Every piece of text a reader can see (text, inline code, string attributes), with its first line. */
function visibleTexts(body: string): { text: string; line: number }[] {
	const texts: { text: string; line: number }[] = [];
	walk(parseMdx(body), (node) => {
		if ((node.type === 'text' || node.type === 'inlineCode') && typeof node.value === 'string') {
			texts.push({ text: node.value, line: lineOf(node) });
		}
	});
	for (const element of mdxElements(body)) {
		for (const value of Object.values(element.attributes)) {
			if (typeof value === 'string') texts.push({ text: value, line: element.line });
		}
	}
	return texts;
}

/** Phone-like numbers that are not in `known` (numbers compared without spaces). */
export function phoneProblems(body: string, known: ReadonlySet<string>): string[] {
	return visibleTexts(body).flatMap(({ text, line }) =>
		phoneNumbersIn(text)
			.filter((m) => !known.has(phoneKey(m.number)))
			.map(
				(m) =>
					`line ${line + text.slice(0, m.index).split('\n').length - 1}: phone number ${m.number} is not in content/data/services.yaml (use <HelpRoutes ids={[...]} />)`
			)
	);
}

/** Phone and text numbers from the services data, without spaces. */
export function knownPhones(root = process.cwd()): Set<string> {
	const services = parse(readFileSync(join(root, 'content/data/services.yaml'), 'utf8')) as {
		phone?: string;
		text?: { number?: string };
	}[];
	return new Set(
		services.flatMap((s) =>
			[s.phone, s.text?.number].flatMap((n) => (n ? [phoneKey(String(n))] : []))
		)
	);
}

export interface ContentCheckOptions {
	/** Components this collection's pages pass to MDX. */
	components: readonly string[];
	/** Every address inside the kit (src/site/content.ts `knownRoutesIn()`). */
	routes: ReadonlySet<string>;
	phones: ReadonlySet<string>;
	/** The route an entry is published at, for relative links; omit to check only absolute links. */
	routeFor?: (id: string) => string | undefined;
}

/** All the checks above for one entry's body. */
export function contentProblems(body: string, id: string, options: ContentCheckOptions): string[] {
	const route = options.routeFor ? options.routeFor(id) : '/';
	return [
		...imageAltProblems(body),
		...unknownComponentProblems(body, options.components),
		...(route ? internalLinkProblems(body, options.routes, route) : []),
		...phoneProblems(body, options.phones),
		...handWrittenStepsProblems(body),
		...chatProblems(body),
	];
}
