/**
 * Checks on the MDX source of content that a frontmatter schema cannot make. The content loaders
 * (src/loaders/) run them, so `astro sync`, `astro check` and `astro build` all stop on a problem and
 * name the file:
 * - every image has alt text;
 * - every component is one the collection's pages pass to MDX (an unknown one would only fail when
 *   the page renders, with an error that does not say which file);
 * - every link inside the kit goes to a page the kit builds;
 * - every phone number is one from content/data/services.yaml.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** Components lessons, advice and guides may use (src/components/mdx/index.ts must match; astro check enforces it). */
export const mdxComponentNames = [
	'Activity',
	'HelpRoutes',
	'Notes',
	'Questions',
	'SafeguardingNote',
	'Scenario',
	'Slide',
	'TeacherNote',
	'Term',
	'Worksheet',
] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];

/** Components the printed sheets may use (src/components/leaflet/index.ts must match). */
export const leafletComponentNames = [
	'Box',
	'Col',
	'Cols',
	'Contact',
	'HelpQr',
	'LeafletHelp',
	'SchoolContact',
	'Side',
	'Steps',
	'TurnOver',
] as const;
export type LeafletComponentName = (typeof leafletComponentNames)[number];

/** A UK-style number: starts with 0, at least 8 characters of digits and spaces (the same rule as e2e/content-checks.spec.ts). */
export const PHONE_LIKE = /(?<![\d/.-])0\d[\d ]{5,13}\d(?![\d/.-])/g;

/** The body without MDX comments and JSX expressions' string noise that is never shown. */
function visible(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

/** Line number (1-based) of an index in the body, for messages. */
function lineOf(body: string, index: number): number {
	return body.slice(0, index).split('\n').length;
}

/** Images without alt text: Markdown `![](…)` with empty brackets, or `<img>` without a non-empty `alt`. */
export function imageAltProblems(body: string): string[] {
	const text = visible(body);
	const problems: string[] = [];
	for (const m of text.matchAll(/!\[\s*\]\(([^)\s]*)[^)]*\)/g)) {
		problems.push(
			`line ${lineOf(text, m.index)}: image ${m[1]} has no alt text (write ![what it shows](${m[1]}))`
		);
	}
	for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
		const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/.exec(m[0]);
		if (!alt || !(alt[1] ?? alt[2] ?? alt[3] ?? '').trim()) {
			problems.push(`line ${lineOf(text, m.index)}: <img> has no alt text: ${m[0]}`);
		}
	}
	return problems;
}

/** Capitalised JSX tags that are not in `known`. */
export function unknownComponentProblems(body: string, known: readonly string[]): string[] {
	const text = visible(body);
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const m of text.matchAll(/<\/?([A-Z][\w.]*)/g)) {
		const name = m[1]!;
		if (known.includes(name) || seen.has(name)) continue;
		seen.add(name);
		problems.push(
			`line ${lineOf(text, m.index)}: unknown component <${name}> (available: ${known.join(', ')})`
		);
	}
	return problems;
}

/** Links to pages inside the kit, absolute (`/help/`) or relative (`../help/`), in Markdown or `href` attributes. */
export function internalLinks(body: string): { path: string; line: number }[] {
	const text = visible(body);
	const links: { path: string; line: number }[] = [];
	const patterns = [
		/\]\(\s*<?([^)\s>]+)>?[^)]*\)/g,
		/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g,
	];
	for (const re of patterns) {
		for (const m of text.matchAll(re)) {
			const path = m[1] ?? m[2] ?? m[3];
			if (
				!path ||
				path.startsWith('#') ||
				path.startsWith('//') ||
				/^[a-z][a-z0-9+.-]*:/i.test(path)
			)
				continue;
			links.push({ path, line: lineOf(text, m.index) });
		}
	}
	return links;
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

/** Phone-like numbers that are not in `known` (numbers compared without spaces). */
export function phoneProblems(body: string, known: ReadonlySet<string>): string[] {
	const text = visible(body);
	return [...text.matchAll(PHONE_LIKE)]
		.filter((m) => !known.has(m[0].replaceAll(' ', '')))
		.map(
			(m) =>
				`line ${lineOf(text, m.index)}: phone number ${m[0]} is not in content/data/services.yaml (use <HelpRoutes ids={[...]} />)`
		);
}

/** Phone numbers from the services data, without spaces. */
export function knownPhones(root = process.cwd()): Set<string> {
	const services = parse(readFileSync(join(root, 'content/data/services.yaml'), 'utf8')) as {
		phone?: string;
	}[];
	return new Set(services.flatMap((s) => (s.phone ? [String(s.phone).replaceAll(' ', '')] : [])));
}

/**
 * Every route the build makes ("/", "/help/", "/lessons/x/present/"), worked out from src/pages/ the way
 * Astro does: `index` is the folder, and a `[slug]` under `X/` takes the name of each file in `content/X/`.
 * e2e/dist.spec.ts checks this list against the built dist/.
 */
export function knownRoutes(root = process.cwd()): Set<string> {
	const pagesDir = join(root, 'src/pages');
	const routes = new Set<string>();
	const files = (readdirSync(pagesDir, { recursive: true }) as string[]).filter((f) =>
		/\.(astro|md|mdx|ts|js)$/.test(f)
	);
	for (const file of files) {
		const parts = relative(pagesDir, join(pagesDir, file)).split(sep);
		const last = parts.pop()!.replace(/\.(astro|md|mdx|ts|js)$/, '');
		if (/\.test$/.test(last) || last === '404') continue;
		const segments = last === 'index' ? parts : [...parts, last];
		let expanded: string[][] = [[]];
		for (const segment of segments) {
			const dynamic = /^\[(\.\.\.)?\w+\]$/.exec(segment);
			if (!dynamic) {
				expanded = expanded.map((p) => [...p, segment]);
				continue;
			}
			const collectionDir = join(root, 'content', segments[0]!);
			const slugs = existsSync(collectionDir)
				? readdirSync(collectionDir)
						.filter((f) => /\.(mdx?|ya?ml)$/.test(f))
						.map((f) => f.replace(/\.(mdx?|ya?ml)$/, ''))
				: [];
			expanded = expanded.flatMap((p) => slugs.map((slug) => [...p, slug]));
		}
		for (const p of expanded) {
			const path = `/${p.join('/')}`;
			routes.add(/\.[a-z0-9]+$/i.test(path) ? path : path === '/' ? '/' : `${path}/`);
		}
	}
	return routes;
}

export interface ContentCheckOptions {
	/** Components this collection's pages pass to MDX. */
	components: readonly string[];
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
	];
}
