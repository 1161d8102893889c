/**
 * Keeping a school's details on one computer, for the customise page: off unless a member of staff
 * turns it on, then only in this browser's localStorage under one key (README, "Privacy"), and
 * gone with one button. Pure apart from the Storage it is given, so it is unit-tested.
 */
import { schoolFieldKeys, tidySchool, type SchoolDetails } from './school';

/** The one localStorage key the kit ever writes. */
export const schoolStoreKey = 'tgtbt-school-details';

/** The kept details, or undefined when none are kept (or what is kept is not ours). */
export function loadKept(storage: Pick<Storage, 'getItem'>): SchoolDetails | undefined {
	const raw = storage.getItem(schoolStoreKey);
	if (raw === null) return undefined;
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return undefined;
		return tidySchool(value);
	} catch {
		return undefined;
	}
}

/** Keeps the details: only the school fields, tidied. */
export function keep(storage: Pick<Storage, 'setItem'>, details: SchoolDetails): void {
	const tidy = tidySchool(details);
	storage.setItem(
		schoolStoreKey,
		JSON.stringify(Object.fromEntries(schoolFieldKeys.map((key) => [key, tidy[key]])))
	);
}

/** Forgets the details. */
export function forget(storage: Pick<Storage, 'removeItem'>): void {
	storage.removeItem(schoolStoreKey);
}
