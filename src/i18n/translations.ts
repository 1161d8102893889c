/**
 * The state of every translated file: its status, who reviewed it, and whether the English file it
 * was made from has changed since (its SHA-256 no longer starts with the recorded `sourceHash`).
 * Node only, read from the files themselves, so the build's notices and log, the page notices and
 * `npm run translations` give the same answer.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { translationSchema, type TranslationStatus } from '../schemas/translation.ts';
import { sourceOf, stringsFile } from './files.ts';
import { locales, translatedLocales, type TranslatedLocale } from './locales.ts';

export interface TranslationState {
	/** The translated file, relative to the project. */
	file: string;
	/** The English file it translates. */
	source: string;
	locale: TranslatedLocale;
	status: TranslationStatus;
	reviewedBy?: string;
	reviewedOn?: Date;
	/** False when the English file has changed since the translation was made. */
	upToDate: boolean;
	/** The English file's fingerprint now: what `sourceHash` becomes once the translation is updated. */
	currentHash: string;
}

/** The fingerprint the kit records: the first 12 hex digits of the SHA-256 of a file's text. */
export const fingerprint = (text: string): string =>
	createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);

/** The `translation` block of a file's text: MDX frontmatter, or a YAML file's top-level key. */
function translationBlock(file: string, text: string): unknown {
	if (file.endsWith('.mdx') || file.endsWith('.md')) {
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		if (!match) throw new Error(`${file}: has no frontmatter, so no translation block`);
		return (parse(match[1]!) as Record<string, unknown> | null)?.['translation'];
	}
	return (parse(text) as Record<string, unknown> | null)?.['translation'];
}

/** The state of one translated file, or an error naming the file and what is wrong. */
export function translationState(file: string, root = process.cwd()): TranslationState {
	const of = sourceOf(file);
	if (!of) throw new Error(`${file} is not a translation (content/cy/… or ${stringsFile('cy')})`);
	const sourcePath = join(root, of.source);
	if (!existsSync(sourcePath))
		throw new Error(`${file}: translates ${of.source}, which does not exist (rename or remove it)`);
	const parsed = translationSchema.safeParse(
		translationBlock(file, readFileSync(join(root, file), 'utf8'))
	);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(
			(issue) =>
				`translation${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`
		);
		throw new Error(`${file}: ${problems.join('; ')}`);
	}
	const currentHash = fingerprint(readFileSync(sourcePath, 'utf8'));
	const { status, sourceHash, reviewedBy, reviewedOn } = parsed.data;
	return {
		file,
		source: of.source,
		locale: of.locale,
		status,
		...(reviewedBy ? { reviewedBy } : {}),
		...(reviewedOn ? { reviewedOn } : {}),
		upToDate: sourceHash === currentHash,
		currentHash,
	};
}

/** Every translated file of the kit under `root`, sorted by path. */
export function translatedFiles(root = process.cwd()): string[] {
	return translatedLocales
		.flatMap((locale: TranslatedLocale) => [
			...globSync(`content/${locales[locale].prefix}/**/*.{mdx,md,yaml}`, { cwd: root }),
			...(existsSync(join(root, stringsFile(locale))) ? [stringsFile(locale)] : []),
		])
		.map((file) => file.split(sep).join('/'))
		.sort();
}

/** The state of every translated file. */
export const translationStates = (root = process.cwd()): TranslationState[] =>
	translatedFiles(root).map((file) => translationState(file, root));
