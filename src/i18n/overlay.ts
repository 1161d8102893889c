/**
 * Translated data (`content/cy/data/*.yaml`): words only, laid over the English entries by id, so a
 * phone number, address or rule is never typed into a translation. A translated file may give only
 * fields the English entry has and that are words; anything else stops the build, naming the file,
 * the entry and the field. An English entry the translation does not have yet keeps its English words
 * (the translation is then out of date, and its pages say so).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Fields that are data, never words: a translation that gives one is refused. */
export const dataFields = new Set([
	'id',
	'phone',
	'sms',
	'url',
	'region',
	'situations',
	'source',
	'sources',
	'checked',
	'besides',
	'services',
	'englandAndWalesLaw',
	'icon',
]);

/**
 * Fields that are data in one file and words in another: a service's `text` is the number and word
 * to text, a step's `text` is what it says. Data wherever the English value is not words.
 */
const dataUnlessWords = new Set(['text']);

type Json = unknown;

/** `english` with the words of `translated` laid over it; `at` names the place for errors. */
export function overlay<T>(english: T, translated: Json, at: string): T {
	if (translated === undefined) return english;
	if (typeof english === 'string') {
		if (typeof translated !== 'string' || !translated.trim())
			throw new Error(`${at}: must be text, as in the English`);
		return translated as T;
	}
	if (Array.isArray(english)) {
		if (!Array.isArray(translated)) throw new Error(`${at}: must be a list, as in the English`);
		const list: unknown[] = english;
		const byId = list.every((e) => e && typeof e === 'object' && 'id' in e);
		if (byId) {
			const ids = new Set(list.map((e) => (e as { id: string }).id));
			for (const t of translated as { id?: string }[])
				if (!t || !ids.has(t.id ?? ''))
					throw new Error(`${at}: "${t?.id}" is not an entry of the English list`);
			return list.map((e): unknown => {
				const id = (e as { id: string }).id;
				const t = (translated as { id?: string }[]).find((x) => x.id === id);
				return overlay(e, t, `${at}.${id}`);
			}) as T;
		}
		if (translated.length !== list.length)
			throw new Error(`${at}: must have ${list.length} items, as in the English`);
		return list.map((e, i): unknown => overlay(e, translated[i], `${at}.${i}`)) as T;
	}
	if (english && typeof english === 'object' && !(english instanceof Date)) {
		if (!translated || typeof translated !== 'object' || Array.isArray(translated))
			throw new Error(`${at}: must be a group of fields, as in the English`);
		const out: Record<string, unknown> = { ...(english as Record<string, unknown>) };
		for (const [key, value] of Object.entries(translated)) {
			if (key === 'id') continue;
			if (dataFields.has(key) || (dataUnlessWords.has(key) && typeof out[key] !== 'string'))
				throw new Error(
					`${at}.${key}: is data, not words: the build takes it from the English file`
				);
			if (!(key in out)) throw new Error(`${at}.${key}: is not a field of the English entry`);
			out[key] = overlay(out[key], value, `${at}.${key}`);
		}
		return out as T;
	}
	throw new Error(`${at}: is data, not words: the build takes it from the English file`);
}

/** The `entries` of a translated data file, by id, or an error naming the file. */
export function readTranslatedEntries(file: string): Map<string, Json> {
	let data: unknown;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${file}: cannot be read as YAML: ${(error as Error).message}`, {
			cause: error,
		});
	}
	const entries = (data as { entries?: unknown } | null)?.entries;
	if (!Array.isArray(entries))
		throw new Error(`${file}: entries: must be a list of entries with ids`);
	const byId = new Map<string, Json>();
	for (const [i, entry] of entries.entries()) {
		const id = (entry as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') throw new Error(`${file}: entries.${i}.id: is missing`);
		if (byId.has(id)) throw new Error(`${file}: entries.${i}: "${id}" is given twice`);
		byId.set(id, entry);
	}
	return byId;
}

/** English entries with a translated file's words over them; unknown ids are refused. */
export function translateEntries<T extends { id: string }>(
	english: readonly T[],
	file: string
): T[] {
	const translated = readTranslatedEntries(file);
	for (const id of translated.keys())
		if (!english.some((e) => e.id === id))
			throw new Error(`${file}: "${id}" is not an entry of the English file`);
	return english.map((e) => overlay(e, translated.get(e.id), `${file}: ${e.id}`));
}
