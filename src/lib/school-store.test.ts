import { describe, expect, it } from 'vitest';
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
	schoolName: 'Riverside Academy',
	dslName: 'Ms A. Khan',
	dslContact: 'Room 12',
	policeForce: 'Cleveland Police',
};

describe('keeping school details on this computer', () => {
	it('keeps nothing until asked, then exactly the details under one key', () => {
		const storage = memoryStorage();
		expect(loadKept(storage)).toBeUndefined();
		keep(storage, { ...details, schoolName: '  Riverside  Academy ' });
		expect([...storage.items.keys()]).toEqual([schoolStoreKey]);
		expect(JSON.parse(storage.items.get(schoolStoreKey)!)).toEqual(details);
		expect(loadKept(storage)).toEqual(details);
	});

	it('forgets them with one call', () => {
		const storage = memoryStorage();
		keep(storage, details);
		forget(storage);
		expect(storage.items.size).toBe(0);
		expect(loadKept(storage)).toBeUndefined();
	});

	it('ignores what it cannot read, and tidies what it reads', () => {
		const storage = memoryStorage();
		storage.setItem(schoolStoreKey, '{not json');
		expect(loadKept(storage)).toBeUndefined();
		storage.setItem(schoolStoreKey, JSON.stringify({ schoolName: 'A\u202e', other: 'x' }));
		expect(loadKept(storage)).toEqual({
			schoolName: 'A',
			dslName: '',
			dslContact: '',
			policeForce: '',
		});
	});
});
