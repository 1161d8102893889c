/**
 * Details kept on this computer (src/features/school/school-store.ts) fill the help page, the slides
 * and the presenter view here, through the same slots the build fills from school.yaml: the school's
 * people, and the nation's words (the lead's title, the guidance, a nation's own help lines) for the
 * nation kept, from the table the page carries (NationTerms.astro). Only when details are kept;
 * nothing leaves the browser.
 */
import { draftProfile, hasAnyDetail } from './school';
import { fillDslLines, fillSchool, termsInPage, type TermsByNation } from './school-dom';
import { loadKept } from './school-store';

/** Fills the page from the kept details; false (and the page as built) when none are kept. */
export function fillFromKept(
	root: ParentNode,
	storage: Pick<Storage, 'getItem'> | undefined,
	termsByNation?: TermsByNation
): boolean {
	const kept = storage && loadKept(storage);
	if (!kept || !hasAnyDetail(kept)) return false;
	const { profile } = draftProfile(kept);
	fillSchool(root, profile, termsByNation);
	fillDslLines(root, profile);
	return true;
}

/** The page's script: localStorage may be refused (private windows, file://), then nothing changes. */
export function fillPageFromKept(): void {
	try {
		const terms = termsInPage(document);
		// The presenter view keeps its slides in a <template> and copies them out as it goes.
		for (const template of document.querySelectorAll('template'))
			fillFromKept(template.content, window.localStorage, terms);
		fillFromKept(document, window.localStorage, terms);
	} catch {
		// No storage: the page keeps what the build printed.
	}
}
