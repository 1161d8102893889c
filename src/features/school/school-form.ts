/**
 * Checks what staff type on the "Make it your school's" page with the school profile's own schema
 * (src/features/school/schema.ts), the one school.yaml is checked with, and names each problem by its
 * field, in the page's words (./school-words.ts).
 */
import './zod-jitless';
import { schoolProfileSchema, type SchoolProfile } from './schema';
import { draftProfile, schoolFormFields, type SchoolForm } from './school';
import { problemLine, type ProblemWords } from './school-words';

export interface SchoolFormProblem {
	/** The form field's path, which is also its input's name. */
	path: string;
	/** "Safeguarding lead: name: must not be empty" */
	message: string;
}

export type SchoolFormCheck =
	{ ok: true; profile: SchoolProfile } | { ok: false; problems: SchoolFormProblem[] };

export function checkSchoolForm(form: SchoolForm, words: ProblemWords): SchoolFormCheck {
	const { profile, slots } = draftProfile(form);
	const parsed = schoolProfileSchema.safeParse(profile);
	if (parsed.success) return { ok: true, profile: parsed.data };
	const problems = parsed.error.issues.map((issue) => {
		const parts = issue.path.map(String);
		// Deputies left empty are not in the draft: point back at the form group they came from.
		if (parts[0] === 'deputies' && parts[1] !== undefined)
			parts[1] = String(slots[Number(parts[1])]);
		const path = parts.join('.');
		return { path, message: problemLine(words, path, issue) };
	});
	// In the order of the form, so the list reads down the page.
	const order = (path: string) => {
		const i = schoolFormFields.findIndex((f) => f.path === path);
		return i < 0 ? schoolFormFields.length : i;
	};
	return { ok: false, problems: problems.sort((a, b) => order(a.path) - order(b.path)) };
}
