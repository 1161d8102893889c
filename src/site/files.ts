/**
 * Files the kit writes besides its pages and PDFs, as routes relative to the base path. Apart from
 * the page table (src/site/routes.ts) so the scripts every page runs can import them at no cost.
 */

/** The web app manifest. */
export const webManifest = (): string => '/manifest.webmanifest';
/** The offline service worker; its scope is the base path. */
export const serviceWorkerScript = (): string => '/sw.js';
/** Pagefind's bundle folder, and the file that shows the index is there. */
export const searchBundle = (): string => '/pagefind/';
export const searchIndexEntry = (): string => `${searchBundle()}pagefind-entry.json`;
/** Pagefind's own script, the engine the search UI and the tests drive. */
export const searchScript = (): string => `${searchBundle()}pagefind.js`;
/** An icon from public/icons/. */
export const icon = (file: string): string => `/icons/${file}`;
export const sitemapIndex = (): string => '/sitemap-index.xml';
export const robots = (): string => '/robots.txt';
