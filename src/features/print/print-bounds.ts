/**
 * Is every word of a printed page on the paper? Measured in Chromium, in the page itself, before it
 * is printed: the build's PDF step (src/features/print/pdf.ts) runs it over every print page, and the
 * "Make it your school's" test over the sheets printed from the browser.
 *
 * With print styles on and the window as wide as the page's printable area (its `@page` size less
 * its margins), every line of text must lie inside each box that clips it (`overflow` other than
 * visible) and inside the printable area: not above its top, not beyond its sides and, for a sheet
 * that promises a number of pages, not below the last of them (nor may a picture be). The PDF's own
 * page count is checked where the PDF is made.
 *
 * `printableArea` and `textOutOfBounds` run in the browser (`page.evaluate`): they must stay
 * self-contained, with no imports and nothing from outside their own bodies.
 */
import type { Page } from 'playwright-core';

/** The printable area of the first page, in CSS pixels, and the `@page` name it comes from. */
export interface PrintableArea {
	width: number;
	height: number;
	/** The named page (`@page letter`), or '' for the unnamed `@page` rules alone. */
	pageName: string;
	/** The bottom margin, where the page's margin boxes print ("Page 3 of 12"). */
	marginBottom: number;
}

/**
 * Runs in the page: the first page's printable area from the stylesheets' `@page` rules (the
 * unnamed ones, then those named by the first element with a `page` property, later rules winning),
 * for A-series, B-series and US sizes or lengths in mm, cm, in, pt and px.
 */
export function printableArea(): PrintableArea {
	const pxPer: Record<string, number> = {
		mm: 96 / 25.4,
		cm: 96 / 2.54,
		in: 96,
		pt: 96 / 72,
		pc: 16,
		px: 1,
	};
	const sizes: Record<string, [number, number]> = {
		a5: [148, 210],
		a4: [210, 297],
		a3: [297, 420],
		b5: [176, 250],
		b4: [250, 353],
		letter: [215.9, 279.4],
		legal: [215.9, 355.6],
		ledger: [279.4, 431.8],
	};
	const length = (value: string, what: string): number => {
		const match = /^(-?[\d.]+)(mm|cm|in|pt|pc|px)$/.exec(value.trim());
		if (match) return Number(match[1]) * pxPer[match[2]!]!;
		if (value.trim() === '0') return 0;
		throw new Error(`@page ${what}: cannot measure "${value}"`);
	};
	let pageName = '';
	for (const element of document.body.querySelectorAll('*')) {
		const name = getComputedStyle(element).getPropertyValue('page');
		if (name && name !== 'auto') {
			pageName = name;
			break;
		}
	}
	const rules: CSSPageRule[] = [];
	const collect = (list: CSSRuleList) => {
		for (const rule of list) {
			if (rule instanceof CSSPageRule) rules.push(rule);
			else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches)
				collect(rule.cssRules);
		}
	};
	for (const sheet of document.styleSheets) {
		if (sheet.media.length > 0 && !matchMedia(sheet.media.mediaText).matches) continue;
		collect(sheet.cssRules);
	}
	const chosen = [
		...rules.filter((r) => r.selectorText === ''),
		...(pageName ? rules.filter((r) => r.selectorText === pageName) : []),
	];
	let size = 'auto';
	const margin = { top: '0mm', right: '0mm', bottom: '0mm', left: '0mm' };
	for (const rule of chosen) {
		size = rule.style.getPropertyValue('size') || size;
		for (const side of ['top', 'right', 'bottom', 'left'] as const)
			margin[side] = rule.style.getPropertyValue(`margin-${side}`) || margin[side];
	}
	const words = size.toLowerCase().split(/\s+/);
	const landscape = words.includes('landscape');
	const named = words.find((w) => w in sizes);
	let width: number;
	let height: number;
	if (named) {
		[width, height] = sizes[named]!.map((mm) => mm * pxPer['mm']!) as [number, number];
		if (landscape) [width, height] = [height, width];
	} else if (words.length === 2 && !landscape && !words.includes('portrait')) {
		width = length(words[0]!, 'size');
		height = length(words[1]!, 'size');
	} else {
		throw new Error(`@page ${pageName || '(unnamed)'}: size "${size}" is not one this check knows`);
	}
	return {
		width: width - length(margin.left, 'margin') - length(margin.right, 'margin'),
		height: height - length(margin.top, 'margin') - length(margin.bottom, 'margin'),
		pageName,
		marginBottom: length(margin.bottom, 'margin'),
	};
}

export interface BoundsOptions {
	area: PrintableArea;
	/** The pages the sheet promises, if it does: text below the last of them is reported. */
	pages?: number | undefined;
}

/**
 * Runs in the page, with print styles on and the window as wide as the printable area: one
 * sentence for each piece of text that a box clips or that lies outside the printable area, naming
 * the text and the box ("'You are not alone.' sits 9 mm above the top of the page (it spills out
 * of header.masthead)"). Text a page hides on purpose (not rendered, or in a visually hidden
 * element of 1 px) is left alone.
 */
export function textOutOfBounds({ area, pages }: BoundsOptions): string[] {
	const mm = (px: number) => `${Math.max(1, Math.round(px / (96 / 25.4)))} mm`;
	const quote = (text: string) => {
		const flat = text.replace(/\s+/g, ' ').trim();
		return `"${flat.length > 70 ? `${flat.slice(0, 69)}…` : flat}"`;
	};
	const describe = (element: Element) => {
		const id = element.id ? `#${element.id}` : '';
		const classes = [...element.classList]
			.slice(0, 2)
			.map((c) => `.${c}`)
			.join('');
		return `${element.localName}${id}${classes}`;
	};
	// The document's own origin: the printable area's top-left corner.
	const origin = document.documentElement.getBoundingClientRect();
	const limits = {
		left: 0,
		right: area.width,
		top: 0,
		bottom: pages === undefined ? Infinity : pages * area.height,
	};
	const problems = new Map<string, string>();
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent ?? '';
		const parent = node.parentElement;
		if (!text.trim() || !parent) continue;
		if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
		const range = document.createRange();
		range.selectNodeContents(node);
		const lines = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
		if (lines.length === 0) continue;
		const style = getComputedStyle(parent);
		const lineHeight = Number.parseFloat(style.lineHeight);
		// A line box may be shorter than its font's ascent and descent: half the difference is
		// leading, not ink, and may overhang a box without any letter being cut.
		const slack = (r: DOMRect) =>
			1 + (Number.isFinite(lineHeight) ? Math.max(0, (r.height - lineHeight) / 2) : 0);

		// Boxes that clip this text, nearest first; a 1 px box with overflow hidden hides on purpose.
		const clips: { element: Element; box: DOMRect; x: boolean; y: boolean }[] = [];
		let hiddenOnPurpose = false;
		for (let el: Element | null = parent; el && el !== document.body; el = el.parentElement) {
			const s = getComputedStyle(el);
			const x = s.overflowX !== 'visible';
			const y = s.overflowY !== 'visible';
			if (!x && !y) continue;
			if (el.clientWidth <= 1 || el.clientHeight <= 1) {
				hiddenOnPurpose = true;
				break;
			}
			const outer = el.getBoundingClientRect();
			clips.push({
				element: el,
				box: new DOMRect(
					outer.left + el.clientLeft,
					outer.top + el.clientTop,
					el.clientWidth,
					el.clientHeight
				),
				x,
				y,
			});
		}
		if (hiddenOnPurpose) continue;

		const report = (key: string, sentence: string) => {
			if (!problems.has(key)) problems.set(key, sentence);
		};
		/** The nearest box the line spills out of, for the reader to know where to look. */
		const spillsFrom = (r: DOMRect) => {
			const tolY = slack(r);
			for (let el: Element | null = parent; el && el !== document.body; el = el.parentElement) {
				const b = el.getBoundingClientRect();
				const out =
					r.top < b.top - tolY ||
					r.bottom > b.bottom + tolY ||
					r.left < b.left - 1 ||
					r.right > b.right + 1;
				if (out) return ` (it spills out of ${describe(el)})`;
			}
			return '';
		};
		for (const r of lines) {
			const tolY = slack(r);
			for (const clip of clips) {
				const cut =
					(clip.x && (r.left < clip.box.left - 1 || r.right > clip.box.right + 1)) ||
					(clip.y && (r.top < clip.box.top - tolY || r.bottom > clip.box.bottom + tolY));
				if (cut)
					report(
						`clip ${quote(text)} ${describe(clip.element)}`,
						`${quote(text)} is cut off by ${describe(clip.element)} (overflow ${getComputedStyle(clip.element).overflow})`
					);
			}
			const top = r.top - origin.top;
			const bottom = r.bottom - origin.top;
			const left = r.left - origin.left;
			const right = r.right - origin.left;
			if (top < limits.top - tolY)
				report(
					`top ${quote(text)}`,
					`${quote(text)} sits ${mm(limits.top - top)} above the top of the page${spillsFrom(r)}`
				);
			if (left < limits.left - 1)
				report(
					`left ${quote(text)}`,
					`${quote(text)} runs ${mm(limits.left - left)} past the left edge of the page${spillsFrom(r)}`
				);
			if (right > limits.right + 1)
				report(
					`right ${quote(text)}`,
					`${quote(text)} runs ${mm(right - limits.right)} past the right edge of the page${spillsFrom(r)}`
				);
			if (bottom > limits.bottom + tolY)
				report(
					`bottom ${quote(text)}`,
					`${quote(text)} runs past the foot of page ${pages} of ${pages}${spillsFrom(r)}`
				);
		}
	}
	// Pictures count too: a QR code pushed past the last page takes a page of its own.
	if (pages !== undefined)
		for (const picture of document.body.querySelectorAll('img, svg, canvas')) {
			if (picture.parentElement?.closest('svg')) continue;
			if (!picture.checkVisibility({ visibilityProperty: true })) continue;
			const box = picture.getBoundingClientRect();
			if (box.height < 1 || box.bottom - origin.top <= limits.bottom + 1) continue;
			const name =
				picture.getAttribute('aria-label') ?? picture.getAttribute('alt') ?? describe(picture);
			problems.set(
				`picture ${name}`,
				`the picture "${name}" runs past the foot of page ${pages} of ${pages}`
			);
		}
	return [...problems.values()];
}

/**
 * Lays the page out as it prints (print styles, the printable area's width) and returns every
 * piece of text out of bounds, each sentence starting with `label`. Then puts the page back as it
 * was (screen styles, its window size), ready for the caller to print or use it.
 */
export async function printProblems(
	page: Pick<Page, 'emulateMedia' | 'evaluate' | 'setViewportSize' | 'viewportSize'>,
	label: string,
	pages?: number
): Promise<string[]> {
	const before = page.viewportSize();
	await page.emulateMedia({ media: 'print' });
	try {
		const area = await page.evaluate(printableArea);
		await page.setViewportSize({ width: Math.round(area.width), height: Math.round(area.height) });
		await page.evaluate(async () => {
			await document.fonts.ready;
		});
		const found = await page.evaluate(textOutOfBounds, { area, pages });
		return found.map((sentence) => `${label}: ${sentence}`);
	} finally {
		await page.emulateMedia({ media: null });
		if (before) await page.setViewportSize(before);
	}
}
