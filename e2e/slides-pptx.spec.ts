/**
 * The PowerPoint copy of every presentation (src/features/slides/export/slide-exports.ts), checked against the
 * presentation page it was made from: opened as a ZIP, then in LibreOffice as a teacher's computer
 * would open it, printed to PDF. Also the lesson pages' download links and the offline worker's list.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { pptxWords } from '../src/features/slides/export/pptx-words';
import { locales } from '../src/i18n/locales';
import { strings } from '../src/i18n/strings';
import { knownPhoneDigits, phoneKey, phoneNumbersIn } from '../src/lib/services';
import { typeScale } from '../src/styles/tokens';
import { findPresentations, type DeckExports } from '../src/features/slides/export/deck-exports';
import { listFiles } from '../tools/list-files';
import { formatBytes } from '../src/features/print/pdf-files';
import { withBase } from '../src/site/paths';
import {
	itemPage,
	lessonItem,
	present,
	slidesOffline,
	slidesPptx,
	talkItem,
} from '../src/site/routes';
import { readSettings } from '../src/site/settings';
import { readPptx, type PptxSlide } from './support/pptx';
import { at, builtIds, distDir, services } from './support/site';

const files = listFiles(distDir);
const decks = findPresentations(files, (f) => readFileSync(join(distDir, f), 'utf8'));
const base = readSettings().basePath;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The PowerPoint's slides put back together as presentation mode's: a slide too long for 24 pt is
 * split over "… (continued)" slides, whose words and links join the first's. Without a school
 * profile the DSL's line is a marked box for the teacher to type over; it stands for the slide's line.
 * In the deck's language: "(parhad)" in Welsh.
 */
function joined(slides: PptxSlide[], deck: DeckExports): PptxSlide[] {
	const words = pptxWords(locales[deck.locale].lang);
	const noLead = strings(deck.locale)('slides.help.anyAdult');
	const out: PptxSlide[] = [];
	for (const slide of slides) {
		const body = slide.body.replace(words.blankDsl, noLead);
		const previous = out.at(-1);
		if (previous && slide.title === words.continued(previous.title))
			out[out.length - 1] = {
				...previous,
				body: squash(`${previous.body} ${body}`),
				links: [...previous.links, ...slide.links],
				sizes: [...previous.sizes, ...slide.sizes],
			};
		else out.push({ ...slide, body });
	}
	return out;
}

interface PageSlide {
	title: string;
	body: string;
	/** Speaker notes, one entry per paragraph or list item. */
	notes: string[];
	/** Web addresses of the help routes on the slide. */
	links: string[];
}

/** Every slide of a presentation page as the class sees it: title, words (by layout, not by CSS case) and notes. */
async function pageSlides(
	page: Page,
	deck: DeckExports
): Promise<{ slides: PageSlide[]; teacherNotes: string[] }> {
	await page.goto(at(present(deck.item, deck.locale)));
	return page.evaluate(() => {
		const text = (node: Node): string => {
			if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
			if (!(node instanceof Element) || node.tagName === 'TEMPLATE') return '';
			// PowerPoint draws a scenario's made-up chat as a phone beside its story: it reads after it.
			const phone = node.classList.contains('scenario') && node.querySelector('.chat-thread');
			if (phone)
				return ` ${[...node.childNodes].map((n) => (n.contains(phone) ? storyWithout(n, phone) : text(n))).join('')} ${text(phone)} `;
			const inner = [...node.childNodes].map(text).join('');
			const inline = getComputedStyle(node).display.startsWith('inline') && node.tagName !== 'BR';
			return inline ? inner : ` ${inner} `;
		};
		const storyWithout = (node: Node, skip: Node): string =>
			node === skip
				? ' '
				: node.contains(skip)
					? ` ${[...node.childNodes].map((n) => storyWithout(n, skip)).join('')} `
					: text(node);
		const pieces = (root: ParentNode) =>
			[...root.querySelectorAll('p, li')]
				.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
				.filter(Boolean);
		const slides = [...document.querySelectorAll<HTMLElement>('.deck-source .slide')].map(
			(slide) => ({
				title: slide.dataset['title'] ?? '',
				body: text(slide.querySelector('.slide-body')!).replace(/\s+/g, ' ').trim(),
				notes: [...slide.querySelectorAll<HTMLTemplateElement>('template[data-notes]')].flatMap(
					(t) => pieces(t.content)
				),
				links: [...slide.querySelectorAll<HTMLElement>('[data-href]')].map(
					(el) => el.dataset['href'] ?? ''
				),
			})
		);
		const teacherNotes = [
			...document.querySelectorAll<HTMLTemplateElement>('template[data-teacher-note]'),
		]
			.filter((t) => t.closest('.deck-activity'))
			.flatMap((t) => pieces(t.content));
		return { slides, teacherNotes };
	});
}

test('every presentation in the build has a PowerPoint copy, and every lesson and talk is a presentation, in each of its languages', () => {
	const items = (['en', 'cy'] as const).flatMap((locale) => [
		...builtIds('lesson', locale).map((id) => present(lessonItem(id), locale)),
		...builtIds('talk', locale).map((id) => present(talkItem(id), locale)),
	]);
	expect(builtIds('lesson', 'cy')).toContain('friend-requests');
	expect(decks.map((d) => present(d.item, d.locale)).sort()).toEqual(items.sort());
	expect(decks.length).toBeGreaterThanOrEqual(8);
	for (const deck of decks) expect(files).toContain(deck.pptx);
});

for (const deck of decks) {
	test.describe(deck.dir, () => {
		let slides: PptxSlide[];
		let parts: PptxSlide[];
		let shown: Awaited<ReturnType<typeof pageSlides>>;
		// One look at the presentation page for all the checks below.
		test.beforeAll(async ({ browser }) => {
			({ slides: parts } = readPptx(join(distDir, deck.pptx)));
			slides = joined(parts, deck);
			const { baseURL } = test.info().project.use;
			const page = await browser.newPage(baseURL ? { baseURL } : {});
			shown = await pageSlides(page, deck);
			await page.close();
		});

		test('has the slides of presentation mode, in order, with the same titles and words', () => {
			expect(slides.map((s) => s.title)).toEqual(shown.slides.map((s) => s.title));
			shown.slides.forEach((slide, i) => {
				expect(slides[i]!.body, `slide ${i + 1} "${slide.title}"`).toBe(squash(slide.body));
			});
		});

		test('puts the speaker notes and teacher notes in the notes pane, and nothing of them on a slide', () => {
			const presenter = readFileSync(join(distDir, deck.presenterPage), 'utf8');
			shown.slides.forEach((slide, i) => {
				if (slide.notes.length === 0) return;
				expect(slides[i]!.notes, `slide ${i + 1} has notes`).not.toBe('');
				for (const note of slide.notes) expect(slides[i]!.notes).toContain(note);
			});
			const allNotes = slides.map((s) => s.notes).join(' ');
			for (const note of shown.teacherNotes) expect(allNotes).toContain(note);
			const before = strings(deck.locale)(`slides.present.before.${deck.item.collection}`);
			expect(presenter).toContain(before);
			expect(slides[0]!.notes).toContain(before);
			const onSlides = slides.map((s) => `${s.title} ${s.body}`).join(' ');
			const secrets = [...shown.slides.flatMap((s) => s.notes), ...shown.teacherNotes].filter(
				(n) => n.length >= 25
			);
			expect(secrets.length).toBeGreaterThan(5);
			for (const secret of secrets) expect(onSlides).not.toContain(secret);
		});

		test('shows only phone numbers and links from the services data, at presentation mode’s sizes or larger', () => {
			const known = knownPhoneDigits(services);
			const urls = new Set(services.flatMap((s) => (s.url ? [s.url] : [])));
			slides.forEach((slide, i) => {
				for (const m of phoneNumbersIn(`${slide.body} ${slide.notes}`))
					expect(known).toContain(phoneKey(m.number));
				// The help routes' web addresses, linked as on the slide.
				expect(slide.links, `slide ${i + 1} links`).toEqual(shown.slides[i]!.links);
				for (const link of slide.links) expect(urls).toContain(link);
				// Body text no smaller than 24 pt, for the back row (design brief §3).
				expect(Math.min(...slide.sizes)).toBeGreaterThanOrEqual(typeScale.slides.minBody);
			});
		});

		test('numbers every slide but the title slide, and gives every slide speaker notes', () => {
			parts.forEach((slide, i) => {
				expect(slide.number, `slide ${i + 1}`).toBe(i === 0 ? '' : String(i + 1));
				expect(slide.notes, `slide ${i + 1} "${slide.title}" has notes`).not.toBe('');
			});
		});
	});
}

/** LibreOffice's command, if installed. */
function soffice(): string | undefined {
	for (const name of ['soffice', 'libreoffice']) {
		const run = spawnSync(name, ['--version'], { encoding: 'utf8' });
		if (run.status === 0) return name;
	}
	return undefined;
}

test('LibreOffice opens every PowerPoint file and prints each slide, whole, on its own page', async () => {
	test.setTimeout(240_000);
	const office = soffice();
	// CI installs LibreOffice (.ci/run), so there the test always runs.
	if (!office && !process.env['CI'])
		test.skip(
			true,
			'LibreOffice is not installed here (apt-get install --no-install-recommends libreoffice-impress)'
		);
	expect(office, 'LibreOffice (soffice) must be installed in CI').toBeTruthy();
	const out = mkdtempSync(join(tmpdir(), 'kit-pptx-'));
	try {
		// One LibreOffice for all the files; its own profile folder, so it never meets a desktop copy.
		const run = spawnSync(
			office!,
			[
				`-env:UserInstallation=file://${out}/profile`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				out,
				...decks.map((d) => join(distDir, d.pptx)),
			],
			{ encoding: 'utf8', timeout: 200_000 }
		);
		expect(run.status, run.stderr).toBe(0);
		for (const deck of decks) {
			const { slides } = readPptx(join(distDir, deck.pptx));
			const pages = await pdfPages(
				join(
					out,
					deck.pptx
						.split('/')
						.at(-1)!
						.replace(/\.pptx$/, '.pdf')
				)
			);
			expect(pages.length, `${deck.dir}: pages`).toBe(slides.length);
			// Every slide but the title slide has the master's footer: the presentation's name, the number.
			const footer = unmarked(slides[0]!.title);
			slides.forEach((slide, i) => {
				const page = pages[i]!;
				// 16:9 pages: 13.33 by 7.5 inches.
				expect(page.width / page.height).toBeCloseTo(16 / 9, 2);
				const words = unmarked(`${slide.title} ${slide.body}`);
				expect(page.text, `${deck.dir} page ${i + 1}`).toBe(
					i === 0 ? words : `${footer} ${words} ${i + 1}`
				);
				expect(page.outside, `${deck.dir} page ${i + 1}: text off the page`).toEqual([]);
			});
		}
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});

/** Words without the list markers a renderer draws (bullets, "1."), which are not text in the file. */
const unmarked = (text: string) =>
	squash(text.replace(/•/g, ' ').replace(/(^|\s)\d{1,2}\.(?=\s)/g, ' ')).replace(
		// A line broken after a hyphen ("non-" / "emergency") is one word.
		/(\w)- (?=\w)/g,
		'$1-'
	);

/** Each page's words, size, and any text drawn off the page (below it or past its edge). */
async function pdfPages(
	path: string
): Promise<{ text: string; width: number; height: number; outside: string[] }[]> {
	const doc = await getDocumentProxy(new Uint8Array(readFileSync(path)));
	const pages = [];
	for (let n = 1; n <= doc.numPages; n += 1) {
		const page = await doc.getPage(n);
		const { width, height } = page.getViewport({ scale: 1 });
		const content = (await page.getTextContent()) as {
			items: { str: string; transform: number[]; width: number; hasEOL?: boolean }[];
		};
		const outside: string[] = [];
		for (const item of content.items) {
			if (!item.str.trim()) continue;
			const [x, y] = [item.transform[4]!, item.transform[5]!];
			if (y < 0 || y > height || x < 0 || x + item.width > width + 1)
				outside.push(`"${item.str}" at ${Math.round(x)},${Math.round(y)}`);
		}
		const text = content.items.map((item) => `${item.str}${item.hasEOL ? ' ' : ''}`).join('');
		pages.push({ text: unmarked(text), width, height, outside });
	}
	await doc.destroy();
	return pages;
}
test('each lesson page offers both downloads with their sizes, and they download', async ({
	page,
}) => {
	for (const deck of decks) {
		const t = strings(deck.locale);
		await page.goto(at(itemPage(deck.item, deck.locale)));
		const pptxSize = formatBytes(readFileSync(join(distDir, deck.pptx)).length);
		const offlineSize = formatBytes(readFileSync(join(distDir, deck.offline)).length);
		const pptx = page.getByRole('link', {
			name: `${t('slides.actions.slides')} (${t('slides.actions.powerpoint')}, ${pptxSize})`,
		});
		const offline = page.getByRole('link', {
			name: `${t('slides.actions.offline')} (${t('slides.actions.oneFile')}, ${offlineSize})`,
		});
		await expect(pptx).toHaveAttribute('href', withBase(base, slidesPptx(deck.item, deck.locale)));
		await expect(offline).toHaveAttribute(
			'href',
			withBase(base, slidesOffline(deck.item, deck.locale))
		);
		await expect(pptx).toHaveAttribute('download', '');
		for (const [link, file] of [
			[pptx, deck.pptx],
			[offline, deck.offline],
		] as const) {
			const response = await page.request.get((await link.getAttribute('href'))!);
			expect(response.status()).toBe(200);
			expect(Buffer.from(await response.body()).equals(readFileSync(join(distDir, file)))).toBe(
				true
			);
		}
	}
});

test('the offline worker keeps both copies of every presentation', () => {
	const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
	for (const deck of decks) {
		expect(sw).toContain(`url:"${base}${deck.pptx}"`);
		expect(sw).toContain(`url:"${base}${deck.offline}"`);
	}
});
