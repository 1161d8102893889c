/**
 * Which built pages are presentation pages, and where their take-away copies go, read from the site
 * model (src/site/routes.ts): a presentation page is the `present` page of a presentable item that
 * holds a `<slide-deck>` (src/features/slides/components/SlideDeck.astro); its exports are `slidesPptx` and
 * `slidesOffline`, beside the item's page, in the page's language (a Welsh deck's files end in `-cy`).
 * Any collection the model makes presentable, in any language, gets its exports with no code of its own.
 */
import { defaultLocale, type Locale } from '../../../i18n/locales';
import { fileOfRoute, pathInBuild, routeOfFile } from '../../../site/paths';
import {
	itemOf,
	itemPage,
	pageAt,
	present,
	presentableCollections,
	presentables,
	presenter,
	slidesOffline,
	slidesPptx,
	type Presentable,
} from '../../../site/routes';

/** The two take-away copies of one presentation, as paths inside the build. */
export interface DeckExports {
	item: Presentable;
	/** The presentation's language. */
	locale: Locale;
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

/** The exports of one presentable item in a language. */
export function exportsOf(item: Presentable, locale: Locale = defaultLocale): DeckExports {
	return {
		item,
		locale,
		dir: pathInBuild(itemPage(item, locale)),
		id: item.id,
		slidesPage: fileOfRoute(present(item, locale)),
		presenterPage: fileOfRoute(presenter(item, locale)),
		pptx: pathInBuild(slidesPptx(item, locale)),
		offline: pathInBuild(slidesOffline(item, locale)),
	};
}

/** The exports for a built file, if the site model says it is a slides window. */
export function exportsForPage(file: string): DeckExports | null {
	const page = pageAt(routeOfFile(file));
	const item = page?.name === 'present' ? itemOf(page) : undefined;
	return item && page ? exportsOf(item, page.locale) : null;
}

/** True for a page that holds the slides window: the `<slide-deck>` element is what makes it one. */
export function isSlidesWindow(html: string): boolean {
	return /<slide-deck[\s>]/.test(html);
}

/** True for a built file that is a one-file offline deck (it has its own policy, not the site's). */
export function isOfflineDeck(file: string): boolean {
	const path = file.split('\\').join('/');
	// The deck sits beside its item's page, in the page's language.
	const page = pageAt(`/${path.slice(0, path.lastIndexOf('/') + 1)}`);
	const collection = presentableCollections.find((c) => presentables[c].page === page?.name);
	const id = page?.params.id;
	return (
		!!page &&
		!!collection &&
		!!id &&
		pathInBuild(slidesOffline({ collection, id }, page.locale)) === path
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
