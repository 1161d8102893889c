interface ImportMetaEnv {
	/** Pagefind `metaCacheTag` for this build, set by src/features/search/pagefind.ts. */
	readonly PUBLIC_SEARCH_CACHE_TAG: string;
}

/**
 * The search's word lists (content/data/search-words.yaml) in every language, put into the browser's
 * search script by the build (src/features/search/pagefind.ts).
 */
declare const __SEARCH_WORDS__: import('./features/search/search-words').SearchWordsByLocale;
