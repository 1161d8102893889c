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

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * Whether two names are the same or near enough that a pupil would take them for one character
 * (compared without case): one is the start of the other (Jay and Jayden, Amir and Amira), they
 * share their first three letters and differ by two edits or fewer (Ella and Ellie), or two names of
 * four letters or more differ by one edit (Lena and Lina). A name with a digit in it is not a name a
 * pupil meets in a story (the benchmark's numbered copies, "Noah 0100"): it is compared exactly.
 */
export function similarNames(a: string, b: string): boolean {
	const x = a.trim().toLowerCase();
	const y = b.trim().toLowerCase();
	if (x === y) return true;
	if (/\d/.test(x) || /\d/.test(y)) return false;
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	if (short.length >= 3 && long.startsWith(short)) return true;
	const distance = editDistance(x, y);
	if (short.length >= 3 && x.slice(0, 3) === y.slice(0, 3) && distance <= 2) return true;
	return short.length >= 4 && distance <= 1;
}

/**
 * One problem for each file that uses a name another file also uses, or a name near enough to it
 * (`similarNames`). A name may appear many times in one file: a story told over several slides.
 */
export function reusedCharacterProblems(files: readonly CharacterFile[]): string[] {
	const problems: string[] = [];
	for (const { file, characters } of files) {
		const reported = new Set<string>();
		for (const { name, line } of characters) {
			const key = name.toLowerCase();
			if (reported.has(key)) continue;
			const same: string[] = [];
			const near: string[] = [];
			for (const other of files) {
				if (other.file === file) continue;
				const seen = new Set<string>();
				for (const use of other.characters) {
					const otherKey = use.name.toLowerCase();
					if (seen.has(otherKey) || !similarNames(key, otherKey)) continue;
					seen.add(otherKey);
					if (otherKey === key) same.push(`${other.file} (line ${use.line})`);
					else near.push(`"${use.name}" in ${other.file} (line ${use.line})`);
				}
			}
			if (same.length === 0 && near.length === 0) continue;
			reported.add(key);
			if (same.length > 0)
				problems.push(
					`${file}: line ${line}: the invented character "${name}" is also used in ${same.join(', ')}; give each lesson and activity its own names`
				);
			if (near.length > 0)
				problems.push(
					`${file}: line ${line}: the invented character "${name}" is too like ${near.join(', ')}; give each lesson and activity its own, clearly different names`
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
