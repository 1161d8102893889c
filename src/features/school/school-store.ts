/**
 * Keeping a school's details on one computer, for the "Make it your school's" page: off unless a
 * member of staff turns it on, then only in this browser's localStorage under one key (listed in
 * docs/privacy-and-security.md), and gone with one button. Pure apart from the Storage it is given, so it is unit-tested.
 */
import { hasAnyDetail, nationField, tidyForm, type SchoolForm } from './school';

/** The one localStorage key the kit ever writes. */
export const schoolStoreKey = 'tgtbt-school-details';

/** The kept details, or undefined when none are kept (or what is kept is not ours). */
export function loadKept(storage: Pick<Storage, 'getItem'>): SchoolForm | undefined {
	const raw = storage.getItem(schoolStoreKey);
	if (raw === null) return undefined;
	try {
		const value: unknown = JSON.parse(raw);
		if (typeof value !== 'object' || value === null) return undefined;
		return tidyForm(value as Record<string, unknown>);
	} catch {
		return undefined;
	}
}

/** Keeps the details: only the form's fields, tidied, and only the ones filled in. */
export function keep(storage: Pick<Storage, 'setItem'>, form: SchoolForm): void {
	const tidy = tidyForm(form);
	if (!hasAnyDetail(tidy) && !tidy[nationField]) return storage.setItem(schoolStoreKey, '{}');
	storage.setItem(
		schoolStoreKey,
		JSON.stringify(Object.fromEntries(Object.entries(tidy).filter(([, value]) => value !== '')))
	);
}

/** Forgets the details. */
export function forget(storage: Pick<Storage, 'removeItem'>): void {
	storage.removeItem(schoolStoreKey);
}
