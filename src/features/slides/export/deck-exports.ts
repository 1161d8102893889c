/**
 * Which built pages are presentation pages, and where their take-away copies go, read from the site
 * model (src/site/routes.ts): a presentation page is the `present` page of a presentable item that
 * holds a `<slide-deck>` (src/features/slides/components/SlideDeck.astro); its exports are `slidesPptx` and
 * `slidesOffline`, beside the item's page. Any collection the model makes presentable gets its
 * exports with no code of its own.
 */
import { fileOfRoute, pathInBuild, routeOfFile } from '../../../site/paths';
import {
	itemOf,
	itemPage,
	pageAt,
	present,
	presentableCollections,
	presenter,
	slidesOffline,
	slidesPptx,
	type Presentable,
} from '../../../site/routes';

/** The two take-away copies of one presentation, as paths inside the build. */
export interface DeckExports {
	item: Presentable;
	/** The folder of the item's own page, inside the build (`lessons/x/`). */
	dir: string;
	/** The item's id, which names the files and the deck's title slide. */
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

/** The exports of one presentable item. */
export function exportsOf(item: Presentable): DeckExports {
	return {
		item,
		dir: pathInBuild(itemPage(item)),
		id: item.id,
		slidesPage: fileOfRoute(present(item)),
		presenterPage: fileOfRoute(presenter(item)),
		pptx: pathInBuild(slidesPptx(item)),
		offline: pathInBuild(slidesOffline(item)),
	};
}

/** The exports for a built file, if the site model says it is a slides window. */
export function exportsForPage(file: string): DeckExports | null {
	const page = pageAt(routeOfFile(file));
	const item = page?.name === 'present' ? itemOf(page) : undefined;
	return item ? exportsOf(item) : null;
}

/** True for a page that holds the slides window: the `<slide-deck>` element is what makes it one. */
export function isSlidesWindow(html: string): boolean {
	return /<slide-deck[\s>]/.test(html);
}

/** True for a built file that is a one-file offline deck (it has its own policy, not the site's). */
export function isOfflineDeck(file: string): boolean {
	const path = file.split('\\').join('/');
	const id = path.split('/').at(-2);
	return (
		id !== undefined &&
		presentableCollections.some(
			(collection) => pathInBuild(slidesOffline({ collection, id })) === path
		)
	);
}

/**
 * Every presentation in a build, from its list of files and a reader for their text: each slides
 * window the site model knows. Sorted, so logs and tests are stable.
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
