import { describe, expect, it } from 'vitest';
import { schoolProfileSchema } from './schema';
import { formOfProfile, schoolFormFields, tidyForm } from './school';
import { checkSchoolForm } from './school-form';
import { problemWordsFrom } from './school-words';
import { strings } from '../../i18n/strings';

// The English page's words (src/i18n/strings/en.yaml), as the page gives them to its script.
const words = problemWordsFrom(strings('en'));

const complete = {
	school: 'Riverside Academy',
	'safeguardingLead.name': 'Ms A. Khan',
	'safeguardingLead.where': 'Room 12, by the library',
	'safeguardingLead.contact': 'Ask at the school office',
	policeForce: 'Cleveland Police',
};

describe('checking the "Make it your school\'s" form with the profile schema', () => {
	it('accepts a complete form and gives the profile school.yaml would', () => {
		const check = checkSchoolForm(tidyForm(complete), words);
		expect(check.ok).toBe(true);
		if (check.ok) {
			expect(check.profile.school).toBe('Riverside Academy');
			expect(check.profile.deputies).toEqual([]);
			expect(formOfProfile(check.profile)).toEqual(tidyForm(complete));
		}
	});

	it('names each missing field in words staff recognise', () => {
		const check = checkSchoolForm(tidyForm({ school: 'Riverside Academy' }), words);
		expect(check.ok).toBe(false);
		if (!check.ok)
			expect(check.problems).toEqual([
				{ path: 'policeForce', message: 'Local police force: must not be empty' },
				{
					path: 'safeguardingLead.name',
					message: 'Safeguarding lead: name: must not be empty',
				},
				{
					path: 'safeguardingLead.where',
					message: 'Safeguarding lead: where to find them: must not be empty',
				},
				{
					path: 'safeguardingLead.contact',
					message: 'Safeguarding lead: how to contact them: must not be empty',
				},
			]);
	});

	it('points a half-filled deputy back at the group it was typed in', () => {
		const check = checkSchoolForm(
			tidyForm({ ...complete, 'deputies.2.name': 'Mr C. Lee', 'deputies.2.where': 'Library' }),
			words
		);
		expect(check.ok).toBe(false);
		if (!check.ok)
			expect(check.problems).toEqual([
				{ path: 'deputies.2.contact', message: 'Deputy 3: how to contact them: must not be empty' },
			]);
	});

	it('accepts each field at its limit and refuses one character more', () => {
		const profile = schoolProfileSchema.parse({
			school: 'S',
			safeguardingLead: { name: 'N', where: 'W', contact: 'C' },
			deputies: [1, 2, 3].map(() => ({ name: 'N', where: 'W', contact: 'C' })),
			policeForce: 'P',
			note: 'x',
		});
		for (const field of schoolFormFields) {
			const at = (value: string) => {
				const copy = structuredClone(profile) as Record<string, unknown>;
				const parts = field.path.split('.');
				let node = copy;
				for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
				node[parts.at(-1)!] = value;
				return schoolProfileSchema.safeParse(copy).success;
			};
			expect(at('x'.repeat(field.max)), field.path).toBe(true);
			expect(at('x'.repeat(field.max + 1)), field.path).toBe(false);
		}
	});
});
