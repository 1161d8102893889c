interface ImportMetaEnv {
	/** Pagefind `metaCacheTag` for this build, set by src/features/search/pagefind.ts. */
	readonly PUBLIC_SEARCH_CACHE_TAG: string;
}
