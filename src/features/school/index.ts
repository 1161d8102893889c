/**
 * The school feature's public entry: what other features may use to show the school's own details
 * (the profile's type, its helpers, and the two components that print a detail or leave it out).
 */
export type { SchoolProfile } from './schema';
export { dslSlideLines, maxDeputies, noProfileAdvice } from './school';
export { default as SchoolPart } from './components/SchoolPart.astro';
export { default as SchoolText } from './components/SchoolText.astro';
// The nation's words (src/lib/nations.ts) as slots, for sheets, pages and MDX.
export { default as Guidance } from './components/Guidance.astro';
export { default as Lead } from './components/Lead.astro';
export { default as NationNote } from './components/NationNote.astro';
export { default as NationPart } from './components/NationPart.astro';
export { default as NationText } from './components/NationText.astro';
export { default as NoProfileAdvice } from './components/NoProfileAdvice.astro';
export { default as Years } from './components/Years.astro';
