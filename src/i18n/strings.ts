/**
 * The interface strings (src/i18n/strings/<locale>.yaml), read and checked once: a translation must
 * have exactly the English file's keys, and a component asking for a key that does not exist stops
 * the build. Node only: components call `t()` while the page renders, and scripts in the browser get
 * their words from the HTML the component writes (data attributes), never from this module.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { stringsFile } from './files.ts';
import { defaultLocale, type Locale } from './locales.ts';

/** A flat table of strings: "site.getHelpNow" → "Get help now". */
export type StringTable = ReadonlyMap<string, string>;
/** Words for a key, with `{name}` placeholders filled from `vars`. */
export type Translate = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

/** The strings in a parsed file, flattened, or an error naming the file and the key. */
export function flattenStrings(data: unknown, file: string): StringTable {
	const table = new Map<string, string>();
	const walk = (value: unknown, path: string[]) => {
		if (typeof value === 'string') {
			if (!value.trim()) throw new Error(`${file}: ${path.join('.')}: is empty`);
			table.set(path.join('.'), value);
		} else if (value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
		} else
			throw new Error(`${file}: ${path.join('.') || 'the file'}: must be text or a group of keys`);
	};
	if (!data || typeof data !== 'object') throw new Error(`${file}: must be a group of keys`);
	// A translation's own `translation` block is its status, not interface words.
	const { translation: _status, ...strings } = data as Record<string, unknown>;
	walk(strings, []);
	return table;
}

/** Problems with a translation's keys against the English ones, one line each naming file and key. */
export function keyProblems(english: StringTable, translated: StringTable, file: string): string[] {
	const problems: string[] = [];
	for (const key of english.keys())
		if (!translated.has(key))
			problems.push(`${file}: ${key}: is missing (it is in ${stringsFile(defaultLocale)})`);
	for (const key of translated.keys())
		if (!english.has(key))
			problems.push(
				`${file}: ${key}: is not in ${stringsFile(defaultLocale)} (remove it, or add it there)`
			);
	for (const [key, text] of english) {
		const wanted = [...text.matchAll(/\{(\w+)\}/g)]
			.map((m) => m[1])
			.sort()
			.join();
		const other = translated.get(key);
		const got = other
			? [...other.matchAll(/\{(\w+)\}/g)]
					.map((m) => m[1])
					.sort()
					.join()
			: wanted;
		if (got !== wanted)
			problems.push(`${file}: ${key}: must use the placeholders {${wanted}}, not {${got}}`);
	}
	return problems;
}

/** A translate function over a table: unknown keys and unfilled placeholders are errors. */
export function translator(table: StringTable, file: string): Translate {
	return (key, vars = {}) => {
		const text = table.get(key);
		if (text === undefined) throw new Error(`${file}: has no string "${key}"`);
		return text.replace(/\{(\w+)\}/g, (_, name: string) => {
			const value = vars[name];
			if (value === undefined) throw new Error(`"${key}" needs a value for {${name}}`);
			return String(value);
		});
	};
}

function readTable(file: string): StringTable {
	let data: unknown;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: cannot be read as YAML: ${(error as Error).message}`, {
			cause: error,
		});
	}
	return flattenStrings(data, file);
}

const cache = new Map<Locale, Translate>();

/** The interface strings of a language, checked against the English ones the first time. */
export function strings(locale: Locale): Translate {
	let t = cache.get(locale);
	if (!t) {
		const file = stringsFile(locale);
		const table = readTable(file);
		if (locale !== defaultLocale) {
			const problems = keyProblems(readTable(stringsFile(defaultLocale)), table, file);
			if (problems.length)
				throw new Error(`The interface strings need fixing:\n  - ${problems.join('\n  - ')}`);
		}
		cache.set(locale, (t = translator(table, file)));
	}
	return t;
}
