import { z } from 'astro/zod';

/** One word as queries are read: lowercase letters and digits, no spaces, apostrophes or punctuation. */
const word = z
	.string()
	.regex(
		/^[\p{Ll}\p{N}]+$/u,
		'must be one lowercase word: letters and digits only, no spaces, apostrophes or punctuation'
	);

/** Lowercase words separated by single spaces: "report and remove", "who can see my". */
const phrase = z
	.string()
	.regex(
		/^[\p{Ll}\p{N}]+( [\p{Ll}\p{N}]+)*$/u,
		'must be lowercase words separated by single spaces, with no apostrophes or punctuation'
	);

/** A keyword table: each keyword with its other spellings, at least one. */
const keywordTable = z.record(phrase, z.array(phrase).min(1));

/**
 * The word lists search reads with in one language: the keyword tables indexed beside every page's
 * frontmatter keywords (src/features/search/search.ts), and the lists the sentence fallback reads
 * queries with (src/features/search/search-fallback.ts).
 */
export const searchWordListsSchema = z.strictObject({
	/** Other words for a keyword, indexed wherever the keyword is (slang, plain words, inflections). */
	keywordSynonyms: keywordTable,
	/** Misspellings of a keyword, indexed on the pages whose main subject it is; read as the keyword in a query. */
	keywordMisspellings: keywordTable,
	/** Words that say nothing about which page is wanted; dropped from a query's meaningful words. */
	stopWords: z
		.array(word)
		.min(1)
		.superRefine((words, ctx) => {
			const seen = new Set<string>();
			words.forEach((w, i) => {
				if (seen.has(w))
					ctx.addIssue({ code: 'custom', message: `"${w}" is listed twice`, path: [i] });
				seen.add(w);
			});
		}),
	/** Text-speak and chat spellings, each with the words meant ("pls": "please", "some1": "someone"). */
	textSpeak: z.record(word, phrase),
	/** Common misspellings of single words, each with the words meant ("freind": "friend"). */
	misspellings: z.record(word, phrase),
});

export type SearchWords = z.infer<typeof searchWordListsSchema>;

/**
 * The file `content/data/search-words.yaml`: the English lists at the top level, and each translated
 * language's own lists under its code (`cy:`), for the pages in that language. Pagefind has no
 * stemmer for Welsh, so its keyword tables also carry the mutated forms ("blacmel", "flacmel").
 */
export const searchWordsSchema = searchWordListsSchema.extend({
	/** Welsh: the lists for the pages under /cy/ (their stop words, chat spellings, mutations). */
	cy: searchWordListsSchema,
});

export type SearchWordsFile = z.infer<typeof searchWordsSchema>;
