import { describe, expect, it } from 'vitest';
import {
	cleanField,
	clip,
	draftProfile,
	dslSlideLines,
	formOfProfile,
	hasAnyDetail,
	noProfileAdvice,
	profileValue,
	schoolFormFields,
	schoolPeople,
	tidyForm,
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

describe('tidyForm', () => {
	it('cleans every field, clips it to its room on paper and drops what is not a field', () => {
		const long = 'x'.repeat(200);
		const out = tidyForm({ school: ' A  School ', 'safeguardingLead.name': long, other: 'x' });
		expect(out['school']).toBe('A School');
		expect(out['safeguardingLead.name']).toHaveLength(40);
		expect(out['note']).toBe('');
		expect(out).not.toHaveProperty('other');
		expect(Object.keys(out)).toEqual([...schoolFormFields.map((f) => f.path), 'nation']);
	});

	it('knows when anything at all is filled in', () => {
		expect(hasAnyDetail(tidyForm({}))).toBe(false);
		expect(hasAnyDetail(tidyForm({ 'deputies.2.where': 'Library' }))).toBe(true);
	});
});

describe('a school profile, where it is shown', () => {
	const profile = {
		school: 'Riverside Academy',
		safeguardingLead: { name: 'Ms A. Khan', where: 'Room 12', contact: 'Office' },
		deputies: [{ name: 'Mr B. Okafor', where: 'Student Services', contact: 'Break' }],
		policeForce: 'Cleveland Police',
	};

	it('reads one detail by its path, or a whole person as filled in or not', () => {
		expect(profileValue(profile, 'school')).toBe('Riverside Academy');
		expect(profileValue(profile, 'deputies.0.where')).toBe('Student Services');
		expect(profileValue(profile, 'deputies.0')).toBe('1');
		expect(profileValue(profile, 'deputies.1')).toBe('');
		expect(profileValue(profile, 'note')).toBe('');
		expect(profileValue(undefined, 'school')).toBe('');
	});

	it('fills the form from a profile, and makes the same profile back from it', () => {
		const form = formOfProfile(profile);
		expect(form['deputies.0.name']).toBe('Mr B. Okafor');
		expect(form['deputies.1.name']).toBe('');
		expect(draftProfile(form).profile).toEqual(profile);
		expect(hasAnyDetail(formOfProfile(undefined))).toBe(false);
	});

	it('leaves out deputies left empty, remembering which group each came from', () => {
		const { profile: draft, slots } = draftProfile(
			tidyForm({ 'deputies.1.name': 'Mr C. Lee', note: 'Nurse in room 3' })
		);
		expect(draft.deputies).toEqual([{ name: 'Mr C. Lee', where: '', contact: '' }]);
		expect(slots).toEqual([1]);
		expect(draft.note).toBe('Nurse in room 3');
	});

	it('lists the DSL first, then the deputies, with their roles', () => {
		const roles = { lead: 'Designated Safeguarding Person', deputy: 'Deputy DSP' };
		expect(schoolPeople(profile, roles).map((p) => `${p.role}: ${p.name}`)).toEqual([
			'Designated Safeguarding Person: Ms A. Khan',
			'Deputy DSP: Mr B. Okafor',
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
		expect(noProfileAdvice('safeguarding lead')).toBe(
			'Talk to any adult at school you trust. They will take you to the safeguarding lead, the member of staff who keeps pupils safe.'
		);
	});

	it('keeps the nation only when it is one of the four, and carries it into the profile', () => {
		expect(tidyForm({ nation: 'wales' })['nation']).toBe('wales');
		expect(tidyForm({ nation: 'Wales ' })['nation']).toBe('');
		expect(tidyForm({ nation: 'cornwall' })['nation']).toBe('');
		expect(draftProfile(tidyForm({ nation: 'scotland' })).profile.nation).toBe('scotland');
		expect(draftProfile(tidyForm({})).profile).not.toHaveProperty('nation');
		expect(formOfProfile({ ...profile, nation: 'northern-ireland' })['nation']).toBe(
			'northern-ireland'
		);
	});

	it('prints no label for an empty optional detail: a deputy without a place is named alone', () => {
		const noPlace = {
			...profile,
			deputies: [{ name: 'Mr B. Okafor', where: '', contact: '' }],
		};
		expect(dslSlideLines(noPlace)).toEqual(['Ms A. Khan: Room 12', 'Mr B. Okafor']);
	});
});
