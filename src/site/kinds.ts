/**
 * What kind each page is, and what that means for it, decided here once. The layouts take a kind
 * and render what it asks for (search opt-in, canonical link, `noindex`); the sitemap filter, the
 * search index check, PDF printing, the service worker's precache list, the link checks, the audit
 * and the bench all read these rules instead of matching URLs.
 *
 * | Kind           | Pages                                   | Sitemap | Search | Canonical   | noindex | PDF | Precached |
 * | -------------- | --------------------------------------- | ------- | ------ | ----------- | ------- | --- | --------- |
 * | `page`         | lessons, advice, guides, help, …        | yes     | yes    | none        | no      | no  | yes       |
 * | `home`         | the home page                           | yes     | no     | none        | no      | no  | yes       |
 * | `tool`         | search, the leaflet customise page      | yes     | no     | itself      | no      | no  | yes       |
 * | `presentation` | slides window, presenter view           | no      | no     | its item    | no      | no  | yes       |
 * | `print`        | packs, worksheets, hand-out, leaflet, … | no      | no     | none        | yes     | yes | no        |
 * | `fallback`     | the offline page                        | no      | no     | none        | yes     | no  | yes       |
 * | `error`        | the 404 page                            | no      | no     | none        | yes     | no  | no        |
 */

export const pageKinds = [
	'page',
	'home',
	'tool',
	'presentation',
	'print',
	'fallback',
	'error',
] as const;
export type PageKind = (typeof pageKinds)[number];

/** Kinds of page, used as the `type` filter and the label on each result. */
export const searchTypes = [
	'lesson',
	'talk',
	'advice',
	'help',
	'leaflet',
	'guide',
	'glossary',
	'practice',
	'about',
] as const;
export type SearchType = (typeof searchTypes)[number];

export interface KindRules {
	/** Listed in sitemap-index.xml for search engines. */
	sitemap: boolean;
	/** Indexed by the kit's own search (Pagefind): its `<main>` carries `data-pagefind-body`. */
	search: boolean;
	/**
	 * `<link rel="canonical">`: `self` points at the page's own address without a query (the search
	 * page has one address for every query), `item` at the page of the item it presents (the slides
	 * are the lesson). Search engines get a canonical link rather than `noindex` where Lighthouse
	 * audits the page (`npm run audit`), because its SEO score fails any `noindex` page.
	 */
	canonical: 'none' | 'self' | 'item';
	/** `<meta name="robots" content="noindex">`: never shown in search engines' results. */
	noindex: boolean;
	/** Printed to a PDF after the build (src/features/print/pdf.ts); the page names its PDF. */
	pdf: boolean;
	/** Saved by the service worker for offline use. Print views are not: their PDFs are. */
	precache: boolean;
}

export const kindRules: Readonly<Record<PageKind, Readonly<KindRules>>> = {
	page: {
		sitemap: true,
		search: true,
		canonical: 'none',
		noindex: false,
		pdf: false,
		precache: true,
	},
	// The doors to the rest of the kit: it has no words of its own worth finding.
	home: {
		sitemap: true,
		search: false,
		canonical: 'none',
		noindex: false,
		pdf: false,
		precache: true,
	},
	// Pages that do something rather than say something; what they show is indexed where it lives.
	tool: {
		sitemap: true,
		search: false,
		canonical: 'self',
		noindex: false,
		pdf: false,
		precache: true,
	},
	presentation: {
		sitemap: false,
		search: false,
		canonical: 'item',
		noindex: false,
		pdf: false,
		precache: true,
	},
	print: {
		sitemap: false,
		search: false,
		canonical: 'none',
		noindex: true,
		pdf: true,
		precache: false,
	},
	// The service worker answers with it when a page is not saved and there is no network.
	fallback: {
		sitemap: false,
		search: false,
		canonical: 'none',
		noindex: true,
		pdf: false,
		precache: true,
	},
	// The server answers with it, with a 404 status; nobody visits its own address.
	error: {
		sitemap: false,
		search: false,
		canonical: 'none',
		noindex: true,
		pdf: false,
		precache: false,
	},
};
