/**
 * Reads the search's word lists (`content/data/search-words.yaml`) and checks them against their one
 * schema (src/schemas/search-words.ts). Node only: the build reads the file once, indexes each page
 * with the keyword tables of its language and hands every language's lists to the browser inside
 * the search script (src/features/search/pagefind.ts), which reads a query with the lists of the
 * page's language; anything wrong stops the build, naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultLocale, type Locale } from '../../i18n/locales.ts';
import {
	searchWordsSchema,
	type SearchWords,
	type SearchWordsFile,
} from '../../schemas/search-words.ts';

/** Where the lists live, relative to the project root. */
export const searchWordsFile = 'content/data/search-words.yaml';

/** Every language's lists, by locale: what the browser's search script is given. */
export type SearchWordsByLocale = Readonly<Record<Locale, SearchWords>>;

/** The lists in `data` (parsed YAML) or an error with one line per problem: "file: cy.stopWords.3: must be …". */
export function parseSearchWords(data: unknown, file: string): SearchWordsFile {
	const parsed = searchWordsSchema.safeParse(data);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map((issue) => {
		const field = issue.path.map(String).join('.') || 'the file';
		return `${file}: ${field}: ${issue.message}`;
	});
	throw new Error(`The search word lists need fixing:\n  - ${problems.join('\n  - ')}`);
}

const cache = new Map<string, SearchWordsByLocale>();

/** Every language's lists in `file` (the kit's own by default), read and checked once per file. */
export function readSearchWordsByLocale(file: string = searchWordsFile): SearchWordsByLocale {
	let byLocale = cache.get(file);
	if (!byLocale) {
		let data: unknown;
		try {
			data = parse(readFileSync(file, 'utf8'));
		} catch (error) {
			throw new Error(`${file}: cannot be read as YAML: ${(error as Error).message}`, {
				cause: error,
			});
		}
		const { cy, ...en } = parseSearchWords(data, file);
		byLocale = { en, cy };
		cache.set(file, byLocale);
	}
	return byLocale;
}

/** The lists for pages in `locale` (English by default), from `file` (the kit's own by default). */
export function readSearchWords(
	locale: Locale = defaultLocale,
	file: string = searchWordsFile
): SearchWords {
	return readSearchWordsByLocale(file)[locale];
}
