/**
 * Byte budgets, read from the build in dist/: what a page downloads before anyone touches it
 * (e2e/support/first-load.ts follows each page's stylesheets, scripts and their static imports as
 * Chromium does, and gzips them). Deterministic: the same build always gives the same numbers.
 *
 * The numbers are `budgets` below, defined here where they are enforced: JavaScript on lesson and advice
 * pages (the search dialog, for one, loads on first use), CSS on every page, JavaScript on the
 * presentation and presenter pages. The search page's first load is measured in Chromium, where
 * Pagefind loads (e2e/budgets.spec.ts), and so is one lesson and one presentation, to prove this
 * reading of the files matches what the browser fetches. The PDFs' limit is the build's
 * (`maxPdfBytes` in src/features/print/pdf.ts). Timings are never tested here: see `npm run bench`
 * (docs/bench.md).
 */
import { expect, test } from 'vitest';
import { fileOfRoute } from '../src/site/paths';
import { advicePage, lesson } from '../src/site/routes';
import { firstLoad, type FirstLoad } from './support/first-load';
import { builtIds, builtPages } from './support/site';

const KB = 1024;
const budgets = { lightJs: 5 * KB, css: 20 * KB, presentJs: 20 * KB };

const pages = builtPages();
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const lessons = builtIds('lesson').map(lesson);
const advice = builtIds('adviceItem').map(advicePage);
const present = pages.filter((page) => page.kind === 'presentation').map((page) => page.route);
const loads = new Map<string, FirstLoad>();
/** A page's first load, read once however many budgets it is held to. */
function load(route: string): FirstLoad {
	if (!loads.has(route)) loads.set(route, firstLoad(fileOfRoute(route)));
	return loads.get(route)!;
}
const listed = ({ files }: FirstLoad, kind: 'js' | 'css') =>
	files
		.filter((f) => f.kind === kind)
		.map((f) => `${f.name} ${f.bytes} B`)
		.join(', ');

test('there are lesson, advice and presentation pages to measure', () => {
	expect(lessons.length).toBeGreaterThan(0);
	expect(advice.length).toBeGreaterThan(0);
	expect(present.length).toBeGreaterThan(0);
});

test.each([...lessons, ...advice])(
	`%s loads at most ${kb(budgets.lightJs)} of JavaScript gzipped before any interaction`,
	(route) => {
		const measured = load(route);
		expect(measured.js, `JavaScript gzipped (${listed(measured, 'js')})`).toBeLessThanOrEqual(
			budgets.lightJs
		);
	}
);

test.each(pages.map((page) => page.route))(
	`%s loads at most ${kb(budgets.css)} of CSS gzipped`,
	(route) => {
		const measured = load(route);
		expect(measured.css).toBeGreaterThan(0);
		expect(measured.css, `CSS gzipped (${listed(measured, 'css')})`).toBeLessThanOrEqual(
			budgets.css
		);
	}
);

test.each(present)(`%s loads at most ${kb(budgets.presentJs)} of JavaScript gzipped`, (route) => {
	const measured = load(route);
	// Present mode cannot work without its script: a reading that found none has gone wrong.
	expect(measured.js).toBeGreaterThan(0);
	expect(measured.js, `JavaScript gzipped (${listed(measured, 'js')})`).toBeLessThanOrEqual(
		budgets.presentJs
	);
});
