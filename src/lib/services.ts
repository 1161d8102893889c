/**
 * Pure helpers for help routes. They take plain service objects so unit tests need no Astro.
 */
import type { Service, Situation } from '../schemas/service';

/** A `tel:` link for a phone number written for people ("0800 1111" -> "tel:08001111"). */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/\s+/g, '')}`;
}

/**
 * Anything that looks like a UK phone number: starts with 0, at least 8 characters of digits and
 * spaces ("0800 1111", and "0800 111", a typo, too). The content checks and the built-site checks
 * both use it to make sure every number shown is one from the services data.
 */
const phoneLike = /(?<![\d/.-])0\d[\d ]{5,13}\d(?![\d/.-])/g;

/** Every phone-like number in a text, with where it starts. */
export function phoneNumbersIn(text: string): { number: string; index: number }[] {
	return [...text.matchAll(phoneLike)].map((m) => ({ number: m[0], index: m.index }));
}

/** A phone number as compared: without spaces ("0800 1111" -> "08001111"). */
export const phoneKey = (phone: string): string => phone.replace(/\s+/g, '');

/** Finds a service by id, or throws naming the id, so a typo in content fails the build. */
export function serviceById(services: readonly Service[], id: string): Service {
	const found = services.find((s) => s.id === id);
	if (!found) {
		const known = services.map((s) => s.id).join(', ');
		throw new Error(`Unknown help service "${id}". Known services: ${known}`);
	}
	return found;
}

/** The police routes every lesson's signposting must show: 999 and 101. */
export const emergencyId = 'police-emergency';
export const nonEmergencyId = 'police-101';

/** The help routes shown when `<HelpRoutes />` names none. */
export const defaultHelpRouteIds = [
	'childline',
	'ceop',
	'report-remove',
	emergencyId,
	nonEmergencyId,
	'school-dsl',
];

/**
 * The help page's groups, in the order a person in trouble needs them; their headings are interface
 * strings (`help.situations.<situation>` in src/i18n/strings/).
 */
export const situationOrder: readonly Situation[] = [
	'danger',
	'crisis',
	'blackmail',
	'removal',
	'adult',
	'worried',
];

/** Services grouped by situation, in `situationOrder`; a service may be in several groups. */
export function groupBySituation(
	services: readonly Service[]
): { situation: Situation; services: Service[] }[] {
	return situationOrder
		.map((situation) => ({
			situation,
			services: services.filter((s) => s.situations.includes(situation)),
		}))
		.filter((group) => group.services.length > 0);
}

/** Every phone and text number in the data, digits only: the allow-list for numbers printed anywhere. */
export function knownPhoneDigits(services: readonly Service[]): Set<string> {
	return new Set(
		services.flatMap((s) =>
			[s.phone, s.text?.number].flatMap((n) => (n ? [n.replace(/\s+/g, '')] : []))
		)
	);
}

/** An `sms:` link that opens a new text to the number with the word filled in ("SHOUT" to 85258). */
export function smsHref(text: { number: string; word?: string | undefined }): string {
	const to = `sms:${text.number.replace(/\s+/g, '')}`;
	return text.word ? `${to}?body=${encodeURIComponent(text.word)}` : to;
}

/** What to text, in words: "SHOUT to 85258", or just the number when no word is needed. */
export function textLabel(text: { number: string; word?: string | undefined }): string {
	return text.word ? `${text.word} to ${text.number}` : text.number;
}

/** The crisis routes ("I feel like I might hurt myself"): every page that lists them must show them all. */
export function crisisServices(services: readonly Service[]): Service[] {
	return services.filter((s) => s.situations.includes('crisis'));
}
