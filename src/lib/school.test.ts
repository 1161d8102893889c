import { describe, expect, it } from 'vitest';
import {
	cleanField,
	clip,
	emptySchool,
	hasSchoolDetails,
	schoolFields,
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
