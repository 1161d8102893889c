import { describe, expect, it } from 'vitest';
import {
	cleanField,
	clip,
	dslSlideLines,
	emptySchool,
	hasSchoolDetails,
	leafletDetails,
	noProfileAdvice,
	schoolFields,
	schoolPeople,
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

describe('hasSchoolDetails', () => {
	it('is true once any detail is filled in', () => {
		expect(hasSchoolDetails(emptySchool)).toBe(false);
		expect(hasSchoolDetails({ ...emptySchool, policeForce: 'Cleveland Police' })).toBe(true);
	});
});

describe('a school profile, where it is shown', () => {
	const profile = {
		school: 'Riverside Academy',
		safeguardingLead: { name: 'Ms A. Khan', where: 'Room 12', contact: 'Office' },
		deputies: [{ name: 'Mr B. Okafor', where: 'Student Services', contact: 'Break' }],
		policeForce: 'Cleveland Police',
	};

	it('fills the leaflet box, or leaves it empty without a profile', () => {
		expect(leafletDetails(profile)).toEqual({
			schoolName: 'Riverside Academy',
			dslName: 'Ms A. Khan',
			dslContact: 'Room 12',
			policeForce: 'Cleveland Police',
		});
		expect(hasSchoolDetails(leafletDetails(undefined))).toBe(false);
	});

	it('lists the DSL first, then the deputies, with their roles', () => {
		expect(schoolPeople(profile).map((p) => `${p.role}: ${p.name}`)).toEqual([
			'Designated Safeguarding Lead: Ms A. Khan',
			'Deputy Safeguarding Lead: Mr B. Okafor',
		]);
	});

	it('gives the slides each person and place, or what to do without a profile', () => {
		expect(dslSlideLines(profile)).toEqual([
			'Ms A. Khan: Room 12',
			'Mr B. Okafor: Student Services',
		]);
		expect(dslSlideLines(undefined)).toEqual([
			'Any adult at school you trust will take you to them',
		]);
		expect(noProfileAdvice).toMatch(/any adult at school you trust/i);
	});
});
