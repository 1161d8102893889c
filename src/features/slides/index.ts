/**
 * The slides feature's public entry: what other features may use. Everything else in this folder
 * (present/: the deck in the browser; export/: PowerPoint and the offline deck) is its own business.
 */
export { exportsOf, findPresentations, isOfflineDeck } from './export/deck-exports';
export { slug } from './lesson-slides';
