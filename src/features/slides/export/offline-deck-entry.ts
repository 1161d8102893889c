/**
 * The script inside each one-file offline deck, bundled at build time by src/features/slides/export/slide-exports.ts:
 * presentation mode's own slides window and presenter view, started after offline-view.ts has chosen
 * the window and the channel. Imports run in order, so the elements are defined last.
 */
import './offline-view';
import '../present/slide-deck';
import '../present/presenter-view';
