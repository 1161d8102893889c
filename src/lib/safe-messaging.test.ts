import { describe, expect, it } from 'vitest';
import { pupilHarmLinks, withoutStaffOnly } from './safe-messaging';

describe('pupilHarmLinks', () => {
	it('finds sentences that tie sextortion to self-harm or death, or say "within hours"', () => {
		const text = [
			'Sextortion has been linked to young people harming themselves.',
			'Some young people who were blackmailed took their own lives.',
			'It can lead to suicide,',
			'sometimes within hours.',
		].join('\n');
		expect(pupilHarmLinks(text).map((p) => p.line)).toEqual([1, 2, 3]);
	});

	it('lets the signpost and the crisis services through', () => {
		const text = [
			'If you or a friend feel like you might hurt yourself, tell someone now.',
			'Samaritans: someone to listen if you are struggling or thinking about suicide.',
			'A leaflet about sextortion: warning signs, and help if you feel like you might hurt yourself.',
			'Offenders can go from first contact to blackmail in under an hour.',
		].join('\n\n');
		expect(pupilHarmLinks(text)).toEqual([]);
	});
});

describe('pupilHarmLinks in Welsh', () => {
	it('finds the same links, with mutated forms', () => {
		const text = [
			"Mae blacmel rhywiol wedi'i gysylltu â phobl ifanc yn lladd eu hunain.",
			'Bu farw rhai pobl ifanc ar ôl cael eu blacmelio.',
			'Gall y bygythiad arwain at hunanladdiad o fewn oriau.',
		].join('\n');
		expect(pupilHarmLinks(text).map((p) => p.line)).toEqual([1, 2, 3]);
	});

	it('lets the Welsh signpost through', () => {
		const text = [
			'Os wyt ti neu ffrind yn teimlo y gallet ti frifo dy hun, dywed wrth rywun nawr.',
			'Samaritans: rhywun i wrando os wyt ti’n cael trafferth neu’n meddwl am hunanladdiad.',
			'Mae rhywun yn fy mygwth i rannu llun.',
		].join('\n\n');
		expect(pupilHarmLinks(text)).toEqual([]);
	});
});

describe('withoutStaffOnly', () => {
	it('blanks teacher notes and safeguarding notes, keeping every line where it was', () => {
		const body =
			'<Slide title="A">\n\nSay this.\n\n</Slide>\n\n<TeacherNote title="B">\n\nFor you only.\n\n</TeacherNote>\n\n<SafeguardingNote title="C">\n\nAlso for you.\n\n</SafeguardingNote>';
		const out = withoutStaffOnly(body);
		expect(out.split('\n')).toHaveLength(body.split('\n').length);
		expect(out).toContain('Say this.');
		expect(out).not.toContain('For you only.');
		expect(out).not.toContain('Also for you.');
	});
});
