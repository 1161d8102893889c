import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { frame, presenterPage, slidesPage } from './deck-pages.fixture';
import {
	assertOfflineDeckSize,
	assertPptxSize,
	exportSlides,
	fillSizeSlots,
	maxOfflineBytes,
	maxPptxBytes,
} from './slide-exports';

const root = pathToFileURL(`${process.cwd()}/`);
let dir: string | undefined;
afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A small build: files by path, each presentation with its two pages and the stylesheets they link. */
async function build(files: Record<string, string>, base = '/'): Promise<string> {
	dir = await mkdtemp(join(tmpdir(), 'kit-slides-'));
	const assets = {
		'_astro/slides.css': '.slide{color:#111}',
		'_astro/presenter.css': '.presenter{display:block}',
		'_astro/noscript.css': '.stage{overflow:visible}',
	};
	for (const [path, text] of Object.entries({ ...assets, ...files })) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(
			join(dir, path),
			base === '/' ? text : text.replaceAll('"/_astro/', `"${base}_astro/`)
		);
	}
	return dir;
}

const presentation = (folder: string, source?: string) => ({
	[`${folder}present/index.html`]: slidesPage(source),
	[`${folder}present/presenter/index.html`]: presenterPage(source),
});

describe('exportSlides', () => {
	it('exports every presentation the site model finds in the build, with no list to keep', async () => {
		const out = await build({
			...presentation('lessons/who/'),
			...presentation('lessons/evening/'),
			'index.html': '<p>Home</p>',
		});
		const written = await exportSlides(out, '/', root);
		expect(written.map((w) => [w.deck.pptx, w.deck.offline, w.slides])).toEqual([
			['lessons/evening/evening-slides.pptx', 'lessons/evening/evening-slides-offline.html', 5],
			['lessons/who/who-slides.pptx', 'lessons/who/who-slides-offline.html', 5],
		]);
		const pptx = unzipSync(
			new Uint8Array(await readFile(join(out, 'lessons/evening/evening-slides.pptx')))
		);
		expect(strFromU8(pptx['ppt/slides/slide3.xml']!)).toContain('<a:t>listen</a:t>');
		const html = await readFile(join(out, 'lessons/who/who-slides-offline.html'), 'utf8');
		// The real client script, bundled: presentation mode's elements, defined after the view is chosen.
		expect(html).toContain('customElements.define("slide-deck"');
		expect(html).toContain('customElements.define("presenter-view"');
		expect(html.indexOf('data-offline-presenter')).toBeLessThan(html.indexOf('<script>'));
	}, 60_000);

	it('reads the build under a sub-path', async () => {
		const out = await build(presentation('lessons/who/'), '/safety-kit/');
		const [written] = await exportSlides(out, '/safety-kit/', root);
		expect(written!.offline).toBeGreaterThan(1000);
	}, 60_000);

	it('fails naming the lesson and the slide when a slide cannot fit on a PowerPoint slide', async () => {
		const long = `<div class="deck-source">${frame('slide-a', 'Short', '<p>Fine.</p>')}${frame(
			'slide-b',
			'Far too long',
			`<p>${'So many words on one slide. '.repeat(200)}</p>`
		)}</div>`;
		const out = await build(presentation('lessons/wordy/', long));
		await expect(exportSlides(out, '/', root)).rejects.toThrow(
			'lessons/wordy/, slide 2 "Far too long" cannot be made into PowerPoint: one part of it ("So many words on one slide.'
		);
	}, 60_000);

	it('does nothing in a build without presentations', async () => {
		const out = await build({ 'index.html': '<p>Home</p>' });
		expect(await exportSlides(out, '/', root)).toEqual([]);
	});
});

describe('fillSizeSlots', () => {
	it('shows each export’s size on the pages that link it, and fails for a file the build lacks', async () => {
		const out = await build({
			'lessons/who/who-slides.pptx': 'x'.repeat(66_039),
			'lessons/who/index.html':
				'<a href="/lessons/who/who-slides.pptx">Download slides <span>(PowerPoint, <span data-export-size="lessons/who/who-slides.pptx"></span>)</span></a>',
		});
		expect(fillSizeSlots(out, ['lessons/who/index.html'])).toBe(1);
		expect(await readFile(join(out, 'lessons/who/index.html'), 'utf8')).toContain(
			'(PowerPoint, <span data-export-size="lessons/who/who-slides.pptx">66 kB</span>)'
		);
		await writeFile(
			join(out, 'lessons/who/index.html'),
			'<span data-export-size="lessons/who/gone.pptx"></span>'
		);
		expect(() => fillSizeSlots(out, ['lessons/who/index.html'])).toThrow(
			'lessons/who/index.html shows the size of lessons/who/gone.pptx, which the build did not make'
		);
	});
});

describe('the export size budgets', () => {
	it('refuse a PowerPoint file over maxPptxBytes, naming the file and the limit', () => {
		const file = 'lessons/friend-requests/friend-requests-slides.pptx';
		expect(() => assertPptxSize(file, 2 * maxPptxBytes)).toThrow(
			`${file} is 300 kB (300,000 bytes); the limit is 150 kB (150,000 bytes).`
		);
		expect(() => assertPptxSize(file, maxPptxBytes)).not.toThrow();
	});

	it('refuse an offline deck over maxOfflineBytes, naming the file and the limit', () => {
		const file = 'lessons/friend-requests/friend-requests-slides-offline.html';
		expect(() => assertOfflineDeckSize(file, maxOfflineBytes + 1)).toThrow(
			`${file} is 300 kB (300,001 bytes); the limit is 300 kB (300,000 bytes).`
		);
		expect(() => assertOfflineDeckSize(file, maxOfflineBytes)).not.toThrow();
	});
});
