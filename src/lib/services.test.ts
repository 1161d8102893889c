import { describe, expect, it } from 'vitest';
import type { Service } from '../schemas/service';
import {
	crisisServices,
	groupBySituation,
	knownPhoneDigits,
	serviceById,
	smsHref,
	telHref,
} from './services';

const make = (id: string, situations: Service['situations'], phone?: string): Service => ({
	id,
	name: id,
	forWhom: 'Anyone',
	what: 'Does helpful things.',
	region: 'UK',
	situations,
	source: { title: 'A source' },
	checked: new Date('2026-11-29'),
	...(phone ? { phone } : {}),
});

const services = [
	make('a', ['removal', 'danger'], '0800 1111'),
	make('b', ['adult']),
	make('c', ['danger'], '999'),
	{ ...make('d', ['crisis']), text: { number: '85258', word: 'SHOUT' } },
];

describe('telHref', () => {
	it('drops spaces so phones can dial the number', () => {
		expect(telHref('0345 6000 459')).toBe('tel:03456000459');
	});
});

describe('serviceById', () => {
	it('finds a service', () => {
		expect(serviceById(services, 'b').id).toBe('b');
	});
	it('fails with the known ids when the id is unknown', () => {
		expect(() => serviceById(services, 'chidline')).toThrow(
			'Unknown help service "chidline". Known services: a, b, c'
		);
	});
});

describe('groupBySituation', () => {
	it('puts danger first and the crisis group next, keeps data order inside a group and skips empty groups', () => {
		const groups = groupBySituation(services);
		expect(groups.map((g) => [g.situation, g.services.map((s) => s.id)])).toEqual([
			['danger', ['a', 'c']],
			['crisis', ['d']],
			['removal', ['a']],
			['adult', ['b']],
		]);
	});
});

describe('knownPhoneDigits', () => {
	it('lists every number in the data as digits, text numbers too', () => {
		expect([...knownPhoneDigits(services)]).toEqual(['08001111', '999', '85258']);
	});
});

describe('smsHref', () => {
	it('opens a text to the number with the word filled in', () => {
		expect(smsHref({ number: '85 258', word: 'SHOUT' })).toBe('sms:85258?body=SHOUT');
	});
});

describe('crisisServices', () => {
	it('picks the routes in the crisis group, and nothing else', () => {
		expect(crisisServices(services).map((s) => s.id)).toEqual(['d']);
		expect(crisisServices(services.slice(0, 3))).toEqual([]);
	});
});
