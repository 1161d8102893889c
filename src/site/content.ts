/**
 * The entry ids of the collections that have pages, read from the content folders: with the route
 * patterns in src/site/routes.ts they give every address the kit builds, before it is built (the
 * content checks refuse links to anything else). An id is the file name without its extension, as
 * Astro's glob loader makes it for the kit's lower-case, hyphenated file names.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
	contentFolders,
	knownRoutes,
	pageAtOrThrow,
	type ContentIds,
	type PagedCollection,
	type SitePage,
} from './routes.ts';

const entryFile = /\.(mdx?|ya?ml)$/;

/** Entry ids of every collection with pages, from the content folders under `root`. */
export function contentIds(root = process.cwd()): ContentIds {
	const ids = (collection: PagedCollection) => {
		const folder = join(root, contentFolders[collection]);
		if (!existsSync(folder)) return [];
		return readdirSync(folder)
			.filter((file) => entryFile.test(file))
			.map((file) => file.replace(entryFile, ''))
			.sort();
	};
	return {
		lessons: ids('lessons'),
		talks: ids('talks'),
		advice: ids('advice'),
		guides: ids('guides'),
		practice: ids('practice'),
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
