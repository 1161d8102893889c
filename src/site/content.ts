/**
 * The entry ids of the collections that have pages, read from the content folders: with the route
 * patterns in src/site/routes.ts they give every address the kit builds, before it is built (the
 * content checks refuse links to anything else). The files are those the collections' glob loaders
 * take (`contentPatterns`, the loaders' own patterns), and an id is the file's path without its
 * extension, as Astro's glob loader makes it for the kit's lower-case, hyphenated file names.
 */
import { existsSync, globSync } from 'node:fs';
import { join, sep } from 'node:path';
import { translatedLocales } from '../i18n/locales.ts';
import { translationFolder } from '../i18n/files.ts';
import {
	contentFolders,
	contentPatterns,
	knownRoutes,
	pageAt,
	translatableCollections,
	pageAtOrThrow,
	type ContentIds,
	type PagedCollection,
	type SitePage,
} from './routes.ts';

/** Entry ids of every collection with pages, from the content folders under `root`. */
export function contentIds(root = process.cwd()): ContentIds {
	const ids = (collection: PagedCollection, from: string = contentFolders[collection]) => {
		const folder = join(root, from);
		if (!existsSync(folder)) return [];
		return globSync(contentPatterns[collection], { cwd: folder })
			.map((file) =>
				file
					.split(sep)
					.join('/')
					.replace(/\.[^./]+$/, '')
			)
			.sort();
	};
	return {
		lessons: ids('lessons'),
		talks: ids('talks'),
		advice: ids('advice'),
		guides: ids('guides'),
		practice: ids('practice'),
		translated: Object.fromEntries(
			translatedLocales.map((locale) => [
				locale,
				Object.fromEntries(
					translatableCollections.map((collection) => [
						collection,
						ids(collection, translationFolder(contentFolders[collection], locale)),
					])
				),
			])
		),
	};
}

/** Every address content may link to, for the content under `root`. */
export const knownRoutesIn = (root = process.cwd()): Set<string> => knownRoutes(contentIds(root));

const idsOfBuild = new Map<string, ContentIds>();

/**
 * The page at a route of the kit built from the content under `root` (the current folder, as for a
 * build), or an error naming the route: a page missing from the site model, or an entry that is not
 * in the content, fails instead of being taken for another. The ids are read once per root.
 */
export function builtPageAt(route: string, root = process.cwd()): SitePage {
	let ids = idsOfBuild.get(root);
	if (!ids) idsOfBuild.set(root, (ids = contentIds(root)));
	return pageAtOrThrow(route, ids);
}

/** Whether the kit built from the content under `root` has a page at `route`. */
export function existsInBuild(route: string, root = process.cwd()): boolean {
	let ids = idsOfBuild.get(root);
	if (!ids) idsOfBuild.set(root, (ids = contentIds(root)));
	return pageAt(route, ids) !== undefined;
}
