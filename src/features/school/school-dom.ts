/**
 * Fills a page's school slots with a profile, in the browser: the "Make it your school's" page does
 * this as staff type. The slots are the markup the build renders from school.yaml
 * (src/features/school/components/), so a sheet printed here matches the PDF the build prints.
 */
import {
	capitalise,
	isNationId,
	nationShown,
	nationTermNames,
	type NationTerms,
} from '../../lib/nations';
import { profileValue, type ProfileLike } from './school';

/**
 * The nation's words by nation id ('' for none), as the customise page carries them: the nation
 * slots (`data-nation-term`, `data-nation-in`) change with the nation chosen.
 */
export type TermsByNation = Readonly<Record<string, NationTerms>>;

export function fillSchool(
	root: ParentNode,
	profile: ProfileLike | undefined,
	termsByNation?: TermsByNation
): void {
	const value = (element: HTMLElement, attribute: string) =>
		profileValue(profile, element.getAttribute(attribute) ?? '');
	for (const slot of root.querySelectorAll<HTMLElement>('[data-school-field]'))
		slot.textContent = value(slot, 'data-school-field');
	for (const part of root.querySelectorAll<HTMLElement>('[data-school-when]'))
		part.hidden = value(part, 'data-school-when') === '';
	for (const part of root.querySelectorAll<HTMLElement>('[data-school-unless]'))
		part.hidden = value(part, 'data-school-unless') !== '';
	for (const block of root.querySelectorAll<HTMLElement>('[data-at-school]'))
		block.dataset['atSchool'] = profileValue(profile, 'safeguardingLead.name') ? 'profile' : 'none';
	const nation = isNationId(profile?.nation) ? profile.nation : undefined;
	const terms = termsByNation?.[nation ?? ''];
	if (terms)
		for (const slot of root.querySelectorAll<HTMLElement>('[data-nation-term]')) {
			const term = nationTermNames.find((t) => t === slot.dataset['nationTerm']);
			if (!term) continue;
			slot.textContent = slot.hasAttribute('data-cap') ? capitalise(terms[term]) : terms[term];
		}
	for (const part of root.querySelectorAll<HTMLElement>('[data-nation-in]'))
		part.hidden = !nationShown(part.dataset['nationIn'] ?? '', nation);
}
