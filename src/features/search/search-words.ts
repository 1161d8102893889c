/**
 * Reads the search's word lists (`content/data/search-words.yaml`) and checks them against their one
 * schema (src/schemas/search-words.ts). Node only: the build reads the file once, indexes pages
 * with its keyword tables and hands the lists to the browser inside the search script
 * (src/features/search/pagefind.ts); anything wrong stops the build, naming the file and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { searchWordsSchema, type SearchWords } from '../../schemas/search-words.ts';

/** Where the lists live, relative to the project root. */
export const searchWordsFile = 'content/data/search-words.yaml';

/** The lists in `data` (parsed YAML) or an error with one line per problem: "file: stopWords.3: must be …". */
export function parseSearchWords(data: unknown, file: string): SearchWords {
	const parsed = searchWordsSchema.safeParse(data);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map((issue) => {
		const field = issue.path.map(String).join('.') || 'the file';
		return `${file}: ${field}: ${issue.message}`;
	});
	throw new Error(`The search word lists need fixing:\n  - ${problems.join('\n  - ')}`);
}

const cache = new Map<string, SearchWords>();

/** The lists in `file` (the kit's own by default), read and checked once per file. */
export function readSearchWords(file: string = searchWordsFile): SearchWords {
	let words = cache.get(file);
	if (!words) {
		let data: unknown;
		try {
			data = parse(readFileSync(file, 'utf8'));
		} catch (error) {
			throw new Error(`${file}: cannot be read as YAML: ${(error as Error).message}`, {
				cause: error,
			});
		}
		words = parseSearchWords(data, file);
		cache.set(file, words);
	}
	return words;
}
