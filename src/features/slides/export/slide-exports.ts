/**
 * Writes two take-away copies of every presentation once the site is built, beside the page they
 * belong to (names and places in src/features/slides/export/deck-exports.ts): an editable PowerPoint file and a
 * one-file offline deck. Both are made from the built presentation pages, what presentation mode
 * really shows, so they have its slides in its order with its notes, and anything presented by those
 * pages later gets them with no code of its own. Then the pages that link to them get their sizes.
 *
 * List it after the steps whose pages it reads and before the service worker, which precaches its
 * files (astro.config.mjs). A slide that cannot fit on a PowerPoint slide fails the build, naming
 * the presentation and the slide.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
// Static imports only: Astro's module runner is closed by the time `astro:build:done` runs.
import { build } from 'esbuild';
import { findPresentations, sizeSlotAttribute, type DeckExports } from './deck-exports';
import { offlineDeck } from './offline-deck-build';
import { assertWithinBudget, formatBytes } from '../../print';
import { writePptx, type PptxLogos } from './pptx-deck';
import { readDeckModel, runsText } from './slide-model';
import { pptxWords } from './pptx-words';
import type { RecordPhase } from '../../../integrations/bench-timings';

/**
 * Largest PowerPoint file the build writes. The decks are text and a few shapes (50-85 kB today), so
 * anything near twice that means something went wrong, such as a picture embedded at full size.
 */
export const maxPptxBytes = 150_000;
/** Largest offline deck the build writes (the decks come to 95-105 kB today: docs/slides.md). */
export const maxOfflineBytes = 300_000;

/** Fails the build when a PowerPoint file is over `maxPptxBytes`, naming the file and the limit. */
export function assertPptxSize(file: string, bytes: number): void {
	assertWithinBudget(file, bytes, maxPptxBytes);
}

/** Fails the build when an offline deck is over `maxOfflineBytes`, naming the file and the limit. */
export function assertOfflineDeckSize(file: string, bytes: number): void {
	assertWithinBudget(file, bytes, maxOfflineBytes);
}

/** Every file under `dir`, relative to it with `/` separators. */
function filesIn(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The offline deck's script: the slides window and presenter view, bundled into one classic script. */
export async function bundleOfflineScript(root: URL): Promise<string> {
	const entry = fileURLToPath(new URL('src/features/slides/export/offline-deck-entry.ts', root));
	const result = await build({
		entryPoints: [entry],
		bundle: true,
		format: 'iife',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		write: false,
		logLevel: 'silent',
	});
	const text = result.outputFiles[0]?.text;
	if (!text) throw new Error(`esbuild wrote nothing for ${entry}`);
	return text.trim();
}

/** Reads a site path (`/base/_astro/x.woff2`) from the build. */
function assetReader(out: string, base: string) {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return (path: string): Uint8Array | undefined => {
		if (!path.startsWith(prefix)) return undefined;
		const rel = decodeURIComponent(path.slice(prefix.length));
		if (rel.split('/').includes('..')) return undefined;
		try {
			return readFileSync(join(out, rel));
		} catch {
			return undefined;
		}
	};
}

/** The logo's PNGs (drawn from the design tokens by scripts/make-icons.mjs), for the PowerPoint export. */
export function readLogos(root: URL): PptxLogos {
	const png = (name: string) =>
		`image/png;base64,${readFileSync(new URL(`src/assets/brand/${name}`, root)).toString('base64')}`;
	return { colour: png('logo-256.png'), onDark: png('logo-on-dark-256.png') };
}

/** Writes both exports of one presentation; returns their sizes. */
export async function writeExports(
	out: string,
	deck: DeckExports,
	base: string,
	script: string,
	logos?: PptxLogos
): Promise<{ pptx: number; offline: number; slides: number }> {
	const slidesHtml = readFileSync(join(out, deck.slidesPage), 'utf8');
	const presenterHtml = readFileSync(join(out, deck.presenterPage), 'utf8');
	const readAsset = assetReader(out, base);
	const model = readDeckModel(slidesHtml, presenterHtml, deck.dir);
	// The kit's name, as the title slide shows it.
	const kit = model.slides[0]?.body.find((b) => b.kind === 'paragraph' && b.role === 'kit');
	const pptx = await writePptx(model, {
		where: deck.dir,
		author: kit?.kind === 'paragraph' ? runsText(kit.runs) : '',
		subject: pptxWords(model.lang).t('slides.present.slidesTitle', { title: model.title }),
		...(logos ? { logos } : {}),
		readImage: (src) => {
			const bytes = readAsset(src);
			const ext = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();
			if (!bytes || !ext) return '';
			const type = ext === 'jpg' ? 'jpeg' : ext === 'svg' ? 'svg+xml' : ext;
			return `image/${type};base64,${Buffer.from(bytes).toString('base64')}`;
		},
	});
	assertPptxSize(deck.pptx, pptx.length);
	writeFileSync(join(out, deck.pptx), pptx);
	const html = offlineDeck({ slidesHtml, presenterHtml, script, readAsset, where: deck.dir });
	const offline = Buffer.byteLength(html);
	assertOfflineDeckSize(deck.offline, offline);
	writeFileSync(join(out, deck.offline), html);
	return { pptx: pptx.length, offline, slides: model.slides.length };
}

/**
 * Fills every size slot (`<span data-export-size="lessons/x/x-slides.pptx"></span>`) in the built
 * pages with the file's size; a slot for a file the build does not have fails the build.
 */
export function fillSizeSlots(out: string, files: readonly string[]): number {
	const slot = new RegExp(`(<span [^>]*${sizeSlotAttribute}="([^"]+)"[^>]*>)[^<]*(</span>)`, 'g');
	let filled = 0;
	for (const file of files.filter((f) => f.endsWith('.html'))) {
		const path = join(out, file);
		const html = readFileSync(path, 'utf8');
		if (!html.includes(sizeSlotAttribute)) continue;
		const next = html.replace(slot, (_whole, open: string, target: string, close: string) => {
			let size: number;
			try {
				size = statSync(join(out, target)).size;
			} catch {
				throw new Error(`${file} shows the size of ${target}, which the build did not make`);
			}
			filled += 1;
			return `${open}${formatBytes(size)}${close}`;
		});
		writeFileSync(path, next);
	}
	return filled;
}

/** Exports every presentation in a build and shows the sizes on the pages that link them. */
export async function exportSlides(
	out: string,
	base: string,
	root: URL
): Promise<{ deck: DeckExports; pptx: number; offline: number; slides: number }[]> {
	const decks = findPresentations(filesIn(out), (file) => readFileSync(join(out, file), 'utf8'));
	if (decks.length === 0) return [];
	const script = await bundleOfflineScript(root);
	const logos = readLogos(root);
	const written = [];
	for (const deck of decks)
		written.push({ deck, ...(await writeExports(out, deck, base, script, logos)) });
	fillSizeSlots(out, filesIn(out));
	return written;
}

async function run(
	out: string,
	base: string,
	root: URL,
	logger: AstroIntegrationLogger,
	recordPhase: RecordPhase
): Promise<void> {
	const started = performance.now();
	const written = await exportSlides(out, base, root);
	if (written.length === 0) {
		logger.warn('No presentation pages in the build: no slides to export.');
		return;
	}
	for (const { deck, slides, pptx, offline } of written)
		logger.info(
			`  ${deck.dir}: ${slides} slides; ${deck.pptx.slice(deck.dir.length)} ${formatBytes(pptx)}, ${deck.offline.slice(deck.dir.length)} ${formatBytes(offline)}`
		);
	const ms = performance.now() - started;
	recordPhase('slide-exports', ms, { decks: written.length });
	logger.info(
		`Wrote PowerPoint and offline slides for ${written.length} presentations in ${(ms / 1000).toFixed(1)} s.`
	);
}

/** The Astro integration; src/integrations/index.ts lists it after pdf() and before serviceWorker(). */
export default function slideExports(options: {
	base: string;
	recordPhase: RecordPhase;
}): AstroIntegration {
	let root = new URL('file:///');
	return {
		name: 'kit:slide-exports',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					await run(fileURLToPath(dir), options.base, root, logger, options.recordPhase);
				} catch (cause) {
					const message = cause instanceof Error ? cause.message : String(cause);
					throw new Error(`Exporting the slides failed: ${message}`, { cause });
				}
			},
		},
	};
}
