import { describe, expect, it } from 'vitest';
import { tidyForm } from './school';
import { forget, keep, loadKept, schoolStoreKey } from './school-store';

/** A Storage of our own, as localStorage behaves. */
function memoryStorage() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
	};
}

const details = {
	school: 'Riverside Academy',
	'safeguardingLead.name': 'Ms A. Khan',
	'safeguardingLead.where': 'Room 12',
	'deputies.1.name': 'Mr C. Lee',
	policeForce: 'Cleveland Police',
};
const form = tidyForm(details);

describe('keeping school details on this computer', () => {
	it('keeps nothing until asked, then exactly the details under one key', () => {
		const storage = memoryStorage();
		expect(loadKept(storage)).toBeUndefined();
		keep(storage, { ...form, school: '  Riverside  Academy ' });
		expect([...storage.items.keys()]).toEqual([schoolStoreKey]);
		// Only what was filled in is written; reading it back gives the whole form.
		expect(JSON.parse(storage.items.get(schoolStoreKey)!)).toEqual(details);
		expect(loadKept(storage)).toEqual(form);
	});

	it('forgets them with one call', () => {
		const storage = memoryStorage();
		keep(storage, form);
		forget(storage);
		expect(storage.items.size).toBe(0);
		expect(loadKept(storage)).toBeUndefined();
	});

	it('ignores what it cannot read, and tidies what it reads', () => {
		const storage = memoryStorage();
		storage.setItem(schoolStoreKey, '{not json');
		expect(loadKept(storage)).toBeUndefined();
		storage.setItem(schoolStoreKey, JSON.stringify({ school: 'A\u202e', other: 'x' }));
		expect(loadKept(storage)).toEqual(tidyForm({ school: 'A' }));
		storage.setItem(schoolStoreKey, '"a string"');
		expect(loadKept(storage)).toBeUndefined();
	});
});
