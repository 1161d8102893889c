/**
 * Which built pages are presentation pages, and where their take-away copies go. A presentation page
 * is any `<dir>/present/index.html` that holds a `<slide-deck>` (src/components/slides/SlideDeck.astro),
 * with its presenter view at `<dir>/present/presenter/index.html`. Lessons are presentable today; any
 * other content presented by the same pages gets its exports with no code of its own.
 *
 * The exports sit beside the page they belong to, named after its last folder:
 * `lessons/x/present/index.html` gives `lessons/x/x-slides.pptx` and `lessons/x/x-slides-offline.html`.
 */

/** The two take-away copies of one presentation. */
export interface DeckExports {
	/** The folder of the content page the deck belongs to, inside the build (`lessons/x/`). */
	dir: string;
	/** Its id: the folder's last part (`x`). */
	id: string;
	/** The slides window, inside the build. */
	slidesPage: string;
	/** The presenter view, inside the build. */
	presenterPage: string;
	/** The editable PowerPoint file, inside the build. */
	pptx: string;
	/** The one-file offline deck, inside the build. */
	offline: string;
}

const presentPage =
	/^((?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*?)([a-z0-9]+(?:-[a-z0-9]+)*)\/present\/index\.html$/;

/** The exports for a built file, if it is a slides window's path (`lessons/x/present/index.html`). */
export function exportsForPage(file: string): DeckExports | null {
	const match = presentPage.exec(file);
	if (!match) return null;
	const dir = `${match[1] ?? ''}${match[2]!}/`;
	return exportsFor(dir);
}

/**
 * The exports of the content page in `dir` (`lessons/x/`), as pages link to them. Throws for a folder
 * name that cannot name a file (the content ids are lower-case words and hyphens).
 */
export function exportsFor(dir: string): DeckExports {
	const clean = dir.replace(/^\/+/, '').replace(/\/?$/, '/');
	const id = clean.split('/').at(-2) ?? '';
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
		throw new Error(
			`"${dir}" cannot name slide exports: use lower-case letters, digits and hyphens`
		);
	return {
		dir: clean,
		id,
		slidesPage: `${clean}present/index.html`,
		presenterPage: `${clean}present/presenter/index.html`,
		pptx: `${clean}${id}-slides.pptx`,
		offline: `${clean}${id}-slides-offline.html`,
	};
}

/** True for a page that holds the slides window: the `<slide-deck>` element is what makes it one. */
export function isSlidesWindow(html: string): boolean {
	return /<slide-deck[\s>]/.test(html);
}

/** True for a built file that is a one-file offline deck (it has its own policy, not the site's). */
export function isOfflineDeck(file: string): boolean {
	return /(^|\/)[a-z0-9-]+-slides-offline\.html$/.test(file);
}

/**
 * Every presentation in a build, from its list of files and a reader for their text: each
 * `…/present/index.html` that is a slides window. Sorted, so logs and tests are stable.
 */
export function findPresentations(
	files: readonly string[],
	read: (file: string) => string
): DeckExports[] {
	return files
		.map((file) => file.split('\\').join('/'))
		.filter((file) => exportsForPage(file) !== null && isSlidesWindow(read(file)))
		.sort()
		.map((file) => exportsForPage(file)!);
}

/** Marks where a page shows an export's size; the export step fills it in once the file exists. */
export const sizeSlotAttribute = 'data-export-size';
