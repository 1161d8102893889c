/**
 * Does a search read like a young person (or a worried adult) asking for help right now? Then the
 * search shows "Get help now" above the results, whatever the index finds. Pure and total: any
 * string, however long or strange, gives a boolean and never throws. Queries are read the way
 * search reads them (src/features/search/search-fallback.ts): "hes blackmaling me wat do i do" is "he is
 * blackmailing me, what do I do". English and Welsh are read alike, whatever the page's language: a
 * pupil on a Welsh page may type in English, and the other way round.
 */
import { maxQueryLength, normaliseQuery, spellOut, type SearchWords } from './search-fallback';

export { maxQueryLength, normaliseQuery };

/** Single words that on their own mean someone may be in trouble. Compared after normalising. */
const alarmWords = new Set([
	'help',
	'helpme',
	'sos',
	'urgent',
	'emergency',
	'danger',
	'unsafe',
	'blackmail',
	'blackmailed',
	'blackmailing',
	'blackmailer',
	'blackmale',
	'blakmail',
	'sextortion',
	'sextorted',
	'sextortin',
	'sextorsion',
	'extort',
	'extorted',
	'extortion',
	'threat',
	'threats',
	'threaten',
	'threatened',
	'threatening',
	'threatens',
	'scared',
	'afraid',
	'frightened',
	'terrified',
	'panicking',
	'panic',
	'suicide',
	'suicidal',
	'ransom',
	'leaked',
	'exposed',
	// Cymraeg, with the mutated forms pupils type ("mae rhywun yn fy mlacmelio").
	'helpa',
	'helpwch',
	'argyfwng',
	'perygl',
	'berygl',
	'mherygl',
	'blacmel',
	'flacmel',
	'mlacmel',
	'blacmelio',
	'flacmelio',
	'mlacmelio',
	'blacmeliwr',
	'bygwth',
	'fygwth',
	'mygwth',
	'bygythiad',
	'fygythiad',
	'bygythiadau',
	'ofn',
	'ofnus',
	'panig',
	'banig',
	'hunanladdiad',
]);

/** Phrases, matched on the normalised text (lowercase, apostrophes removed, single spaces). */
const alarmPhrases: readonly RegExp[] = [
	/\bwhat (do|should|can|shall) i do\b/,
	/\bwhat do we do\b/,
	/\b(im|i am|i feel) (so |really |very )?(worried|in trouble|stuck|desperate|alone)\b/,
	/\b(has|have|got|took|saved|screenshotted) (got )?my (nudes?|pics?|pictures?|photos?|videos?|vids?)\b/,
	/\b(share|shares|shared|sharing|send|sends|sending|post|posts|posted|posting|leak|leaks|leaked|leaking|expose|exposes|exposed|exposing) (my|our) (nudes?|pics?|pictures?|photos?|videos?|vids?)\b/,
	/\bsent (him|her|them|someone|a|some|my)? ?(nudes?|pics?|pictures?|photos?|videos?|vids?)\b/,
	/\b(kill|hurt|harm) (my ?self)\b/,
	/\bwant to die\b/,
	/\bshould i pay\b/,
	/\b(wants?|asking|asked|demanding|demands?) (me )?(for )?(money|to pay|gift ?cards?|(more )?(nudes?|pics?|pictures?|photos?|videos?))\b/,
	/\b(give|pay|send) (them|him|her) (the |any )?money\b/,
	/\b(get|be|am|im) in trouble\b/,
	/\bruin (my|our) li(fe|ves)\b/,
	/\b(nudes?|pics?|pictures?|photos?|videos?|vids?|images?) of me\b/,
	/\b(need|get|getting) help\b/,
	/\bnot safe\b/,
	/\b(he|she|they|someone|somebody|some1|this person)( says| said| is saying)?( (he|she|they))? (will|is going to|are going to|gonna|wants to|threatened to|threatens to|is threatening to|are threatening to) (share|send|post|leak|show|expose)\b/,
	// Cymraeg, apostrophes dropped as queries are read ("dw i'n" is "dw in", "i'w" is "iw").
	/\b(beth|be) (dw in|dwin|ydw in|rydw in|dw i fod i|dwi fod i|ddylwn i|dylwn i|wna i|i) (ei )?(wneud|neud)\b/,
	/\b(dw in|dwin|rwyn|rydw in|dw i mor) (poeni|ofnus|ofni)\b/,
	/\b(dd|d)ylwn i (dalu|talu)\b/,
	/\bgan (rywun|rhywun|nhw|e|fe|o|hi) (fy|ein) (lluniau|luniau|llun|lun|fideo|fideos)\b/,
	/\b(rhannu|rannu|anfon|postio|dangos) (fy|ein) (lluniau|luniau|llun|lun|fideo|fideos)\b/,
	/\b(eisiau|isio|moyn|ishe|gofyn am|mynnu) (mwy o )?(arian|pres|luniau|lluniau)\b/,
	/\bmewn (trwbl|drwbl|trafferth|perygl)\b/,
	/\b(lluniau|luniau|llun|lun|fideo|fideos) (noeth )?ohona i\b/,
	/\b(angen|eisiau|isio) (help|cymorth|gymorth)\b/,
	/\b(lladd|brifo|niweidio|anafu) fy hun\b/,
	/\b(eisiau|isio|moyn) marw\b/,
];

/**
 * True when the query reads like a call for help (see the word and phrase lists above), also once
 * read with the search's word lists (text-speak spelt out, misspellings corrected).
 */
export function readsLikeCallForHelp(query: string, lists: SearchWords): boolean {
	if (typeof query !== 'string') return false;
	const typed = normaliseQuery(query);
	if (!typed) return false;
	return [typed, spellOut(query, lists)].some(
		(text) =>
			text.split(' ').some((word) => alarmWords.has(word)) ||
			alarmPhrases.some((re) => re.test(text))
	);
}
