/**
 * Fills a page's school slots with a profile, in the browser: the "Make it your school's" page does
 * this as staff type. The slots are the markup the build renders from school.yaml
 * (src/features/school/components/), so a sheet printed here matches the PDF the build prints.
 */
import { profileValue, type ProfileLike } from './school';

export function fillSchool(root: ParentNode, profile: ProfileLike | undefined): void {
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
}
