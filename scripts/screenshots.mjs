/**
 * Pictures of the built kit, to compare by eye with the last release: the home page, a lesson page,
 * /help/ and a slide in presentation mode at 1280 and 390 px wide, PowerPoint slides through
 * LibreOffice, and the poster and the letter as they print (their PDFs). Builds nothing: run it after
 * `npm run build`, then open the PNGs in screenshots/ (git-ignored).
 *   npm run screenshots [-- --out some/folder]
 * Needs the system Chromium, LibreOffice (`soffice`) and `pdftoppm`; anything missing is skipped
 * with a note, not a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tools/browser.ts';
import { serveFolder } from '../tools/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const outArg = process.argv.indexOf('--out');
const out = resolve(root, outArg > 0 ? process.argv[outArg + 1] : 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No dist/index.html: run `npm run build` first.');
	process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The first file under dist/ whose path matches, relative to dist/. */
function find(pattern, dir = dist) {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			const hit = find(pattern, path);
			if (hit) return hit;
		} else if (pattern.test(path.slice(dist.length + 1))) return path.slice(dist.length + 1);
	}
	return undefined;
}

// The kit's own static server for dist/, built for the root path (the default build).
const server = await serveFolder(dist);
const { origin } = server;

const lessonPage = find(/^lessons\/[^/]+\/index\.html$/)?.replace(/index\.html$/, '');
const pages = [
	// The whole home page; the first screen of the long pages and of the slides.
	{ name: 'home', path: '/', full: true },
	...(lessonPage ? [{ name: 'lesson', path: `/${lessonPage}` }] : []),
	{ name: 'help', path: '/help/' },
	...(lessonPage ? [{ name: 'slide-title', path: `/${lessonPage}present/#1` }] : []),
	...(lessonPage ? [{ name: 'slide-3', path: `/${lessonPage}present/#3` }] : []),
];
const widths = [
	{ label: '1280', viewport: { width: 1280, height: 720 } },
	{ label: '390', viewport: { width: 390, height: 844 } },
];

const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
try {
	for (const { label, viewport } of widths) {
		const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
		const page = await context.newPage();
		for (const { name, path, full = false } of pages) {
			await page.goto(origin + path, { waitUntil: 'networkidle' });
			await page.evaluate(() => globalThis.document.fonts.ready);
			// Let a slide's fade-in finish.
			await page.waitForTimeout(500);
			const file = join(out, `${name}-${label}.png`);
			await page.screenshot({ path: file, fullPage: full });
			console.log(file.slice(root.length + 1));
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}

const have = (tool) => {
	try {
		execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

/** The first pages of a PDF as PNGs, `pdftoppm` at 60 dpi. */
function pdfPages(pdf, name, last = 1) {
	if (!have('pdftoppm')) return console.log(`(skipped ${name}: no pdftoppm)`);
	execFileSync('pdftoppm', [
		'-png',
		'-r',
		'60',
		'-f',
		'1',
		'-l',
		String(last),
		pdf,
		join(out, name),
	]);
	console.log(`screenshots/${name}-*.png`);
}

for (const [name, pattern] of [
	['poster', /^poster\/.*\.pdf$/],
	['letter', /^letter\/.*\.pdf$/],
]) {
	const pdf = find(pattern);
	if (pdf) pdfPages(join(dist, pdf), name);
	else console.log(`(no ${name} PDF in dist/)`);
}

const pptx = find(/^lessons\/.*\.pptx$/);
if (!pptx) console.log('(no PowerPoint file in dist/)');
else if (!have('soffice')) console.log('(skipped the PowerPoint slides: no LibreOffice)');
else {
	const work = mkdtempSync(join(tmpdir(), 'kit-pptx-'));
	execFileSync(
		'soffice',
		['--headless', '--convert-to', 'pdf', '--outdir', work, join(dist, pptx)],
		{
			stdio: 'ignore',
		}
	);
	const pdf = readdirSync(work).find((f) => f.endsWith('.pdf'));
	if (pdf) pdfPages(join(work, pdf), 'pptx', 6);
	rmSync(work, { recursive: true, force: true });
}
console.log(`Pictures in ${out.slice(root.length + 1)}/`);
