import { describe, expect, it } from 'vitest';
import {
	cleanField,
	clip,
	emptySchool,
	hasSchoolDetails,
	schoolFields,
	schoolFromEnv,
	schoolProblems,
	tidySchool,
} from './school';

describe('cleanField', () => {
	it('trims and collapses spaces, including new lines and tabs', () => {
		expect(cleanField('  Riverside\n\tAcademy  ')).toBe('Riverside Academy');
	});

	it('drops control characters and invisible direction overrides', () => {
		expect(cleanField('Ms\u0000 Khan\u202e')).toBe('Ms Khan');
		expect(cleanField('Room\u200b12')).toBe('Room 12');
	});

	it('keeps accents and apostrophes, normalised', () => {
		expect(cleanField("St Mary's Cafe\u0301")).toBe("St Mary's Café");
	});

	it('treats anything that is not a string as empty', () => {
		expect(cleanField(undefined)).toBe('');
		expect(cleanField(42)).toBe('');
	});

	it('keeps markup characters as text: escaping is the renderer’s job', () => {
		expect(cleanField('<b>Head</b> & co')).toBe('<b>Head</b> & co');
	});
});

describe('clip', () => {
	it('cuts at whole characters', () => {
		expect(clip('ab😀cd', 3)).toBe('ab😀');
		expect(clip('short', 10)).toBe('short');
	});
});

describe('tidySchool', () => {
	it('cleans every field and clips to the room on the leaflet', () => {
		const long = 'x'.repeat(200);
		const out = tidySchool({ schoolName: ' A  School ', dslName: long });
		expect(out.schoolName).toBe('A School');
		expect(out.dslName).toHaveLength(schoolFields.dslName.max);
		expect(out.dslContact).toBe('');
	});
});

describe('schoolFromEnv', () => {
	it('reads the four environment variables', () => {
		expect(
			schoolFromEnv({
				SCHOOL_NAME: 'Riverside Academy',
				SCHOOL_DSL_NAME: 'Ms A. Khan',
				SCHOOL_DSL_CONTACT: 'Room 12',
				SCHOOL_POLICE_FORCE: 'Cleveland Police',
			})
		).toEqual({
			schoolName: 'Riverside Academy',
			dslName: 'Ms A. Khan',
			dslContact: 'Room 12',
			policeForce: 'Cleveland Police',
		});
	});

	it('gives empty details when nothing is set', () => {
		const details = schoolFromEnv({});
		expect(details).toEqual(emptySchool);
		expect(hasSchoolDetails(details)).toBe(false);
	});

	it('fails with the variable name when a value is too long to print', () => {
		expect(() => schoolFromEnv({ SCHOOL_NAME: 'x'.repeat(61) })).toThrow(
			/SCHOOL_NAME is 61 characters long; the leaflet has room for 60/
		);
		expect(schoolProblems({ dslContact: 'y'.repeat(60) })).toEqual([]);
	});
});
