/**
 * What the index and the search page say about a page, in the page's language: the type and audience
 * on each result and in the filters, and the key stages. The words are the interface strings
 * (src/i18n/strings/<locale>.yaml, under `search`); the caller hands in the page's `t`, so this stays
 * pure and the unit tests read both languages.
 */
import type { Translate } from '../../i18n/strings';
import type { KeyStage } from '../../schemas/lesson';
import type { Audience } from '../../schemas/page';
import type { SearchType } from './search';

/** Filter keys in the index (`data-pagefind-filter`), in the order the search page shows them. */
export const searchFilterKeys = ['audience', 'type', 'stage'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** A word that starts with a vowel, where Welsh says "ac" rather than "a" before it. */
const startsWithVowel = (word: string) => /^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i.test(word);

export interface SearchLabels {
	/** The label on a result and in the type filter: "Advice", "Cyngor". */
	type(type: SearchType): string;
	/** An audience filter value: "Parents and carers", "Rhieni a gofalwyr". */
	audience(audience: Audience): string;
	/** A key stage filter value: "KS3", "CA3". */
	stage(stage: KeyStage): string;
	/** The label of a filter on the search page: "Who it is for". */
	filter(key: SearchFilterKey): string;
	/** The audience line on a result: "For pupils", "Ar gyfer disgyblion, rhieni a gofalwyr ac athrawon". */
	audienceLine(audiences: readonly Audience[]): string;
}

/** The search's labels in the language of `t`. */
export function searchLabels(t: Translate): SearchLabels {
	return {
		type: (type) => t(`search.types.${type}`),
		audience: (audience) => t(`search.audiences.${audience}`),
		stage: (stage) => t(`search.stages.${stage}`),
		filter: (key) => t(`search.filters.${key}`),
		audienceLine(audiences) {
			const names = audiences.map((a) => t(`search.audienceIn.${a}`));
			const last = names.at(-1);
			if (last === undefined) return t('search.forEveryone');
			if (names.length === 1) return t('search.forAudience', { audiences: last });
			const and = startsWithVowel(last) ? t('search.andBeforeVowel') : t('site.and');
			return t('search.forAudience', {
				audiences: `${names.slice(0, -1).join(', ')} ${and} ${last}`,
			});
		},
	};
}
