/**
 * Checks over the built files in dist/, in Vitest after the build (no browser: `npm test` runs
 * vitest.built.config.ts): every internal link and #fragment resolves,
 * every external link goes to a host the content vouches for, the HTML validates (html-validate, and
 * the W3C Nu HTML Checker as an outside judge), every page is what its kind in the site model says
 * (sitemap, search, canonical, noindex), and every page carries the Content Security Policy with
 * nothing inline for it to need to allow.
 *
 * html-validate runs with `.htmlvalidate.json`: "html-validate:recommended" with three tweaks, each
 * for a reason:
 * - tel-non-breaking off: phone numbers are printed exactly as written in services.yaml (the content
 *   checks compare them character for character); CSS (`a[href^='tel:']`) keeps them on one line.
 * - void-style off: Astro's compiler writes MDX's `<br />` as `<br/>`; both are valid HTML.
 * - long-title at 110 characters: the print pages' titles are also their PDFs' document titles and
 *   the slides' window titles, which name the lesson in full.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { isOfflineDeck } from '../src/features/slides/export/deck-exports';
import { policyDifferences } from '../src/lib/csp';
import { sitemapIndex } from '../src/site/files';
import { builtPageAt, knownRoutesIn } from '../src/site/content';
import { kindRules } from '../src/site/kinds';
import {
	absoluteUrl,
	fileOfRoute,
	routeOfFile,
	routeOfPathname,
	withBase,
} from '../src/site/paths';
import { itemOf, itemPage, pageAt } from '../src/site/routes';
import { readSettings } from '../src/site/settings';
import { allowedHosts, attr, distPages, fileFor } from './support/dist-html';
import { builtIds, builtPages, builtRoutes, distDir } from './support/site';
import { nuCheckerErrors } from './support/vnu';

const settings = readSettings();
const base = settings.basePath;
const origin = 'http://kit.invalid';
/** Links to the kit's own public address (PDFs and print pages use them) are internal links too. */
const siteOrigin = new URL(settings.siteUrl).origin;
const resolve = (url: string, file: string): URL => {
	const target = new URL(url, pageUrl(file));
	return target.origin === siteOrigin
		? new URL(`${target.pathname}${target.search}${target.hash}`, origin)
		: target;
};
const pages = distPages();
/** The pages of the site; the offline decks beside the lessons are files to take away, with their own policy. */
const sitePages = pages.filter((page) => !isOfflineDeck(page.file));
const byFile = new Map(pages.map((p) => [p.file, p]));
/** The URL a dist file is served at. */
const pageUrl = (file: string) => `${origin}${withBase(base, routeOfFile(file))}`;

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(20);
});

test('every internal link, script, stylesheet and image resolves, and so does every #fragment', () => {
	const broken: string[] = [];
	for (const page of pages) {
		for (const { from, url } of page.links) {
			if (/^(mailto|tel|data|blob|javascript):/i.test(url)) {
				if (/^(data|blob|javascript):/i.test(url))
					broken.push(`${page.file}: ${from} uses ${url.slice(0, 30)}`);
				continue;
			}
			const target = resolve(url, page.file);
			if (target.origin !== origin) continue;
			if (url === '#') {
				broken.push(`${page.file}: ${from}="#" goes nowhere`);
				continue;
			}
			const file = fileFor(target.pathname, base);
			if (!file) {
				broken.push(`${page.file}: ${from}="${url}" -> no file for ${target.pathname}`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && file.endsWith('.html') && !byFile.get(file)?.ids.has(fragment)) {
				// Slide numbers (#3) are read by presentation mode's script, not matched to ids.
				const slides = pageAt(routeOfFile(file))?.kind === 'presentation';
				if (!(slides && /^\d+$/.test(fragment)))
					broken.push(`${page.file}: ${from}="${url}" -> no id "${fragment}" in ${file}`);
			}
		}
	}
	expect(broken).toEqual([]);
});

test('every external link goes to a host named in the services data, the content sources or the quick exit', () => {
	// The content licence's deed (README "Licences", the About page) is the one host not in the content data.
	const allowed = new Set([...allowedHosts(), 'creativecommons.org']);
	const strays: string[] = [];
	for (const page of pages) {
		for (const { from, url } of page.links) {
			if (!/^https?:/i.test(url) && !url.startsWith('//')) continue;
			const target = resolve(url, page.file);
			if (target.origin === origin) continue;
			if (!allowed.has(target.host)) strays.push(`${page.file}: ${from}="${url}"`);
		}
	}
	expect(strays).toEqual([]);
	expect(allowed.size).toBeGreaterThan(3);
});

// These two read every page, beside the end-to-end suite and the sub-path build (scripts/test.mjs):
// about 15 s and 40 s alone on two cores, so their limits only catch a hang.
test('html-validate finds no errors on any page', { timeout: 600_000 }, async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const errors: string[] = [];
	// The offline decks hold two windows' markup; e2e/slides-offline.spec.ts validates them.
	for (const page of sitePages) {
		const report = await validator.validateString(page.html, join(distDir, page.file));
		for (const result of report.results) {
			for (const m of result.messages)
				if (m.severity === 2)
					errors.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(errors).toEqual([]);
});

test('every page has the CSP in a meta tag, agreeing with public/_headers, and nothing inline', () => {
	const problems: string[] = [];
	const inlineOk = /^(application\/ld\+json|application\/json)$/;
	// The one-file offline decks carry a policy of their own (tested in e2e/slides-offline.spec.ts).
	for (const page of sitePages) {
		const metas = page.elements.filter(
			(el) =>
				el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'content-security-policy'
		);
		if (metas.length !== 1) {
			problems.push(`${page.file}: ${metas.length} CSP meta tags`);
			continue;
		}
		for (const d of policyDifferences(attr(metas[0]!, 'content') ?? ''))
			problems.push(`${page.file}: ${d}`);
		// The policy must come before any script it governs (Base.astro's print stylesheet link may precede it: 'self' anyway).
		const head = page.html.slice(0, page.html.indexOf('http-equiv="content-security-policy"'));
		if (/<(script|style)\b/i.test(head))
			problems.push(`${page.file}: a script or style comes before the CSP meta tag`);
		for (const el of page.elements) {
			if (el.tagName === 'style') problems.push(`${page.file}: inline <style>`);
			if (el.tagName === 'script' && !attr(el, 'src') && !inlineOk.test(attr(el, 'type') ?? ''))
				problems.push(`${page.file}: inline <script>`);
			for (const a of el.attrs) {
				if (a.name === 'style')
					problems.push(`${page.file}: style="${a.value}" on <${el.tagName}>`);
				if (/^on[a-z]+$/.test(a.name))
					problems.push(`${page.file}: ${a.name}= handler on <${el.tagName}>`);
			}
		}
	}
	expect(problems).toEqual([]);
});

/** Every URL in the sitemap, as routes. */
function sitemapRoutes(): string[] {
	const locs = (file: string) =>
		[...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => routeOfPathname(base, new URL(m[1]!).pathname) ?? `outside the base: ${m[1]}`
		);
	return locs(fileOfRoute(sitemapIndex())).flatMap((map) => locs(fileOfRoute(map)));
}

test('the sitemap lists exactly the built pages whose kind belongs there', () => {
	const expected = builtPages()
		.filter((page) => kindRules[page.kind].sitemap)
		.map((page) => page.route);
	expect(sitemapRoutes().sort()).toEqual(expected.sort());
});

test('the logo is in every site header, on every title slide and at the head of every printed sheet and pack', () => {
	const seen = { header: 0, title: 0, print: 0 };
	for (const page of pages) {
		const html = readFileSync(join(distDir, page.file), 'utf8');
		if (html.includes('class="site-header"')) {
			seen.header += 1;
			expect(html, page.file).toMatch(/<a class="brand"[^>]*>\s*<svg[^>]*class="brand-logo"/);
		}
		for (const slide of html.match(/<section class="slide slide-opening"[\s\S]*?<\/h1>/g) ?? []) {
			seen.title += 1;
			expect(slide, page.file).toContain('class="slide-logo"');
		}
		for (const head of html.match(/<header class="(?:masthead|pack-head)"[\s\S]*?<\/header>/g) ??
			[]) {
			seen.print += 1;
			expect(head, page.file).toContain('class="print-logo"');
		}
	}
	expect(seen.header).toBeGreaterThan(10);
	expect(seen.title).toBeGreaterThanOrEqual(builtIds('lesson').length);
	expect(seen.print).toBeGreaterThan(5);
});

test('every page says in its own markup what its kind says: search, canonical link and noindex', () => {
	const listed = new Set(sitemapRoutes());
	const problems: string[] = [];
	for (const page of sitePages) {
		const site = builtPageAt(routeOfFile(page.file));
		const rules = kindRules[site.kind];
		const meta = (name: string) =>
			page.elements.find((el) => el.tagName === 'meta' && attr(el, 'name') === name);
		const canonical = page.elements.find(
			(el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical'
		);
		const robots = meta('robots');
		const noindex = robots !== undefined && /noindex/.test(attr(robots, 'content') ?? '');
		const searchable = page.elements.some((el) => attr(el, 'data-pagefind-body') !== undefined);
		const item = itemOf(site);
		const wanted = {
			self: absoluteUrl(settings.siteUrl, base, site.route),
			item: item && absoluteUrl(settings.siteUrl, base, itemPage(item, site.locale)),
			none: undefined,
		}[rules.canonical];
		if (noindex !== rules.noindex)
			problems.push(`${page.file}: noindex ${noindex}, kind ${site.kind}`);
		if (searchable !== rules.search)
			problems.push(`${page.file}: searchable ${searchable}, kind ${site.kind}`);
		if ((canonical && attr(canonical, 'href')) !== wanted)
			problems.push(
				`${page.file}: canonical ${canonical && attr(canonical, 'href')}, not ${wanted}`
			);
		// Search engines must never be told both "list this" and "do not index this".
		if (noindex && listed.has(site.route))
			problems.push(`${page.file}: noindex but in the sitemap`);
	}
	expect(problems).toEqual([]);
});

test('the routes the content checks know (src/site/routes.ts) are the pages the build made', () => {
	const known = [...knownRoutesIn()].filter((route) => route.endsWith('/'));
	expect(known.sort()).toEqual(builtRoutes().sort());
});

test('the W3C Nu HTML Checker finds no errors on any page', { timeout: 600_000 }, () => {
	expect(
		nuCheckerErrors(
			pages.map((page) => join(distDir, page.file)),
			distDir
		)
	).toEqual([]);
});
