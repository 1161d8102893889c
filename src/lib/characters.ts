/**
 * Invented characters must be distinct across the kit: a pupil who met Leo in one lesson should not
 * find a different Leo (or Leo's story undone) in another. Names come from `<Scenario character>`
 * and `others` in MDX, and from the practice story's character and contact.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { mdxElements, showValue } from './mdx';

/** A name as written, and where. */
export interface CharacterUse {
	name: string;
	/** 1-based line in the file. */
	line: number;
}

/** The characters one file uses, with the file's path as the build shows it. */
export interface CharacterFile {
	file: string;
	characters: CharacterUse[];
}

/**
 * Every name in the MDX's `<Scenario character="Leo" others={['Sofia']}>` tags, in order.
 * Throws when `others` is not a list of names, so a typo cannot hide a name from the check.
 */
export function scenarioCharacters(body: string): CharacterUse[] {
	const uses: CharacterUse[] = [];
	for (const element of mdxElements(body, 'Scenario')) {
		const { character, others } = element.attributes;
		if (typeof character === 'string' && character.trim())
			uses.push({ name: character.trim(), line: element.line });
		if (others === undefined) continue;
		if (!Array.isArray(others) || others.some((o) => typeof o !== 'string')) {
			throw new Error(
				`line ${element.line}: <Scenario others> must be a list of names, for example others={['Sofia']}, got ${showValue(others)}`
			);
		}
		for (const name of others as string[]) uses.push({ name: name.trim(), line: element.line });
	}
	return uses;
}

/**
 * One problem for each file that uses a name another file also uses (names compared without case).
 * A name may appear many times in one file: a story told over several slides.
 */
export function reusedCharacterProblems(files: readonly CharacterFile[]): string[] {
	const owners = new Map<string, { file: string; line: number }[]>();
	for (const { file, characters } of files) {
		for (const { name, line } of characters) {
			const key = name.toLowerCase();
			const list = owners.get(key) ?? [];
			if (!list.some((o) => o.file === file)) list.push({ file, line });
			owners.set(key, list);
		}
	}
	const problems: string[] = [];
	for (const { file, characters } of files) {
		const reported = new Set<string>();
		for (const { name, line } of characters) {
			const key = name.toLowerCase();
			if (reported.has(key)) continue;
			const elsewhere = (owners.get(key) ?? []).filter((o) => o.file !== file);
			if (elsewhere.length === 0) continue;
			reported.add(key);
			const where = elsewhere.map((o) => `${o.file} (line ${o.line})`).join(', ');
			problems.push(
				`${file}: line ${line}: the invented character "${name}" is also used in ${where}; give each lesson and activity its own names`
			);
		}
	}
	return problems;
}

/** The line a name first appears on in a text, for messages about YAML files. */
const lineOfName = (text: string, name: string): number =>
	Math.max(1, text.split('\n').findIndex((line) => line.includes(name)) + 1);

/**
 * Invented characters outside the lessons that pupils also meet: `<Scenario>` names in the advice
 * pages, and the practice story's character and the name the other account shows.
 */
export function otherCharacterFiles(root = process.cwd()): CharacterFile[] {
	const files: CharacterFile[] = [];
	const advice = join(root, 'content/advice');
	if (existsSync(advice)) {
		for (const name of readdirSync(advice)
			.filter((f) => f.endsWith('.mdx'))
			.sort()) {
			const file = `content/advice/${name}`;
			try {
				files.push({
					file,
					characters: scenarioCharacters(readFileSync(join(advice, name), 'utf8')),
				});
			} catch (error) {
				throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
			}
		}
	}
	const practice = join(root, 'content/practice');
	if (existsSync(practice)) {
		for (const name of readdirSync(practice)
			.filter((f) => /\.ya?ml$/.test(f))
			.sort()) {
			const text = readFileSync(join(practice, name), 'utf8');
			const data = parse(text) as {
				kind?: string;
				character?: { name?: string };
				contact?: string;
			};
			if (data.kind !== 'story') continue;
			const names = [data.character?.name, data.contact].filter(
				(n): n is string => typeof n === 'string'
			);
			const characters: CharacterUse[] = names.map((n) => ({ name: n, line: lineOfName(text, n) }));
			files.push({ file: `content/practice/${name}`, characters });
		}
	}
	return files;
}
