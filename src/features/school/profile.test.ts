import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxDeputies, profileValue, schoolFormFields } from './school';
import { parseSchoolProfile, readSchoolProfile } from './profile';

const valid = {
	school: ' Riverside   Academy ',
	safeguardingLead: { name: 'Ms A. Khan', where: 'Room 12', contact: 'Ask at the office' },
	policeForce: 'Cleveland Police',
};

function fileWith(text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'school-')), 'school.yaml');
	writeFileSync(path, text);
	return path;
}

describe('parseSchoolProfile', () => {
	it('tidies a valid profile and gives it no deputies by default', () => {
		expect(parseSchoolProfile(valid, 'school.yaml')).toEqual({
			...valid,
			school: 'Riverside Academy',
			deputies: [],
		});
	});

	it('names the file and every wrong field, with what is wrong', () => {
		const wrong = {
			...valid,
			safeguardingLead: { name: '   ', where: 'Room 12' },
			deputies: [{ name: 'x'.repeat(41), where: 'A', contact: 'B' }],
			police: 'typo',
		};
		expect(() => parseSchoolProfile(wrong, 'school.yaml')).toThrow(
			/school\.yaml: safeguardingLead\.name: must not be empty/
		);
		const message = (() => {
			try {
				parseSchoolProfile(wrong, 'school.yaml');
				return '';
			} catch (error) {
				return (error as Error).message;
			}
		})();
		expect(message).toMatch(/school\.yaml: safeguardingLead\.contact: /);
		expect(message).toMatch(/school\.yaml: deputies\.0\.name: must be at most 40 characters/);
		expect(message).toMatch(/police/);
	});

	it('takes an optional nation, and names the field and the allowed values when it is wrong', () => {
		expect(parseSchoolProfile({ ...valid, nation: 'wales' }, 'school.yaml').nation).toBe('wales');
		expect(parseSchoolProfile(valid, 'school.yaml').nation).toBeUndefined();
		expect(() => parseSchoolProfile({ ...valid, nation: 'Wales' }, 'school.yaml')).toThrow(
			'school.yaml: nation: must be one of england, wales, scotland, northern-ireland'
		);
	});

	it('refuses more than three deputies and an empty file', () => {
		const deputy = valid.safeguardingLead;
		expect(() =>
			parseSchoolProfile({ ...valid, deputies: [deputy, deputy, deputy, deputy] }, 'x.yaml')
		).toThrow(/x\.yaml: deputies: must list three deputies at most/);
		expect(() => parseSchoolProfile(null, 'x.yaml')).toThrow(/x\.yaml: school: /);
	});
});

describe('readSchoolProfile', () => {
	it('means no profile when the default file is absent', () => {
		expect(readSchoolProfile({ path: '/nowhere/school.yaml', required: false })).toBeUndefined();
	});

	it('fails when SCHOOL_PROFILE names a file that is not there', () => {
		expect(() => readSchoolProfile({ path: '/nowhere/school.yaml', required: true })).toThrow(
			/SCHOOL_PROFILE: \/nowhere\/school\.yaml does not exist/
		);
	});

	it('reads the YAML file, and names it when the YAML is broken', () => {
		const path = fileWith(
			'school: Riverside Academy\nsafeguardingLead:\n  name: Ms A. Khan\n  where: Room 12\n  contact: Office\npoliceForce: Cleveland Police\n'
		);
		expect(readSchoolProfile({ path, required: true })?.school).toBe('Riverside Academy');
		const broken = fileWith('school: [unclosed\n');
		expect(() => readSchoolProfile({ path: broken, required: false })).toThrow(
			new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is not valid YAML`)
		);
	});

	it('reads the test profile the sub-path build uses', () => {
		const profile = readSchoolProfile({
			path: 'e2e/fixtures/school/school.yaml',
			required: true,
		});
		expect(profile?.deputies).toHaveLength(1);
		expect(profile?.nation).toBe('wales');
	});

	it('reads the longest profile, every detail as long as the form and the schema allow', () => {
		// The print tests fill every printed sheet with it (e2e/subpath/school.subpath.ts).
		const profile = readSchoolProfile({
			path: 'e2e/fixtures/school/longest.yaml',
			required: true,
		});
		expect(profile?.deputies).toHaveLength(maxDeputies);
		for (const field of schoolFormFields)
			expect(Array.from(profileValue(profile, field.path)).length, field.path).toBe(field.max);
	});
});
