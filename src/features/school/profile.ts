/**
 * Reads the school profile named by the settings (`school.yaml` unless SCHOOL_PROFILE says
 * otherwise) and checks it against its one schema (src/features/school/schema.ts). No file means no
 * profile, unless SCHOOL_PROFILE names it; anything wrong stops the build, naming the file and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { strings } from '../../i18n/strings';
import { defaultLocale } from '../../i18n/locales';
import { schoolProfileSchema, type SchoolProfile } from './schema';
import { problemWordsFrom, problemText } from './school-words';

/** "school.yaml: safeguardingLead.name: must not be empty", one line per problem. */
export function parseSchoolProfile(data: unknown, file: string): SchoolProfile {
	const parsed = schoolProfileSchema.safeParse(data ?? {});
	if (parsed.success) return parsed.data;
	// The schema's problems in the kit's source language, as the customise page words them in English.
	const words = problemWordsFrom(strings(defaultLocale));
	const problems = parsed.error.issues.map((issue) => {
		const field = issue.path.map(String).join('.') || 'the file';
		return `${file}: ${field}: ${problemText(issue, words)}`;
	});
	throw new Error(
		`The school profile needs fixing (docs/schools.md, "Make it your school's"):\n  - ${problems.join('\n  - ')}`
	);
}

/** The profile, or undefined when there is none. */
export function readSchoolProfile({
	path,
	required,
}: {
	path: string;
	required: boolean;
}): SchoolProfile | undefined {
	if (!existsSync(path)) {
		if (required)
			throw new Error(
				`SCHOOL_PROFILE: ${path} does not exist (docs/schools.md, "Make it your school's")`
			);
		return undefined;
	}
	let data: unknown;
	try {
		data = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: is not valid YAML: ${(error as Error).message}`, { cause: error });
	}
	return parseSchoolProfile(data, path);
}
