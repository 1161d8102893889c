/**
 * Browser-only helpers shared by the slides window and the presenter view: reading the deck the
 * server rendered, fitting text to a slide, and copying a slide for a preview.
 */

export interface DeckActivity {
	title: string;
	minutes: number;
	/** An optional extension: outside the lesson's planned time. */
	optional: boolean;
	el: Element;
}

export interface DeckSlide {
	/** The frame the deck shows or hides; it holds the slide and, on paper, its notes. */
	frame: HTMLElement;
	/** The labelled region inside the frame. */
	slide: HTMLElement;
	title: string;
	/** Index into the activities. Opening slides count towards the first activity's time. */
	activity: number;
}

/** Slides and activities in document order, as rendered by src/features/slides/components/. */
export function readDeck(root: ParentNode): { slides: DeckSlide[]; activities: DeckActivity[] } {
	const activityEls = [...root.querySelectorAll<HTMLElement>('.deck-activity')];
	const activities = activityEls.map((el) => ({
		title: el.dataset['activity'] ?? '',
		minutes: Number(el.dataset['minutes']) || 0,
		optional: el.dataset['optional'] !== undefined,
		el,
	}));
	let last = 0;
	const slides: DeckSlide[] = [];
	for (const frame of root.querySelectorAll<HTMLElement>('.slide-frame')) {
		const slide = frame.querySelector<HTMLElement>('.slide');
		if (!slide) continue;
		const owner = frame.closest('.deck-activity');
		const index = owner ? activityEls.indexOf(owner as HTMLElement) : -1;
		if (index >= 0) last = index;
		slides.push({
			frame,
			slide,
			title: slide.dataset['title'] ?? '',
			activity: index >= 0 ? index : last,
		});
	}
	return { slides, activities };
}

/** Body text size in stage pixels (a stage is 1920 wide): 44 by default, never under 28 (the brief's floor at 1080p). */
const largest = 44;
const smallest = 28;

const overflows = (el: Element) =>
	el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;

/**
 * Shrinks a slide's body text in steps until it fits, but never below the floor. A slide that
 * still overflows is marked `data-overflow` (the end-to-end tests fail on it) so authors cut words
 * rather than the deck shrinking text beyond what the back row can read. The slide must be laid out.
 */
export function fitSlide(slide: HTMLElement): void {
	const body = slide.querySelector('.slide-body');
	if (!body) return;
	let size = largest;
	slide.style.setProperty('--body', String(size));
	while (overflows(body) && size > smallest) {
		size -= 2;
		slide.style.setProperty('--body', String(size));
	}
	slide.toggleAttribute('data-overflow', overflows(body));
}

/**
 * A copy of a slide for the presenter's previews. Headings move down a level (the preview sits
 * under the presenter's own headings, and the page keeps one h1). Ids get a prefix so the copy
 * stays labelled without clashing, or are removed when `prefix` is null (the inert "next" preview).
 */
export function previewCopy(slide: HTMLElement, prefix: string | null): HTMLElement {
	const copy = slide.cloneNode(true) as HTMLElement;
	for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('[id], [aria-labelledby]')]) {
		if (el.id) {
			if (prefix === null) el.removeAttribute('id');
			else el.id = prefix + el.id;
		}
		const labelledBy = el.getAttribute('aria-labelledby');
		if (labelledBy === null) continue;
		if (prefix === null) el.removeAttribute('aria-labelledby');
		else
			el.setAttribute(
				'aria-labelledby',
				labelledBy
					.split(/\s+/)
					.map((id) => prefix + id)
					.join(' ')
			);
	}
	for (const heading of copy.querySelectorAll('h1, h2, h3, h4, h5')) {
		const level = Math.min(6, Math.max(3, Number(heading.tagName[1]) + 1));
		const replacement = document.createElement(`h${level}`);
		for (const attr of heading.attributes) replacement.setAttribute(attr.name, attr.value);
		replacement.append(...heading.childNodes);
		heading.replaceWith(replacement);
	}
	return copy;
}
