/**
 * The school feature's public entry: what other features may use to show the school's own details
 * (the profile's type, its helpers, and the two components that print a detail or leave it out).
 */
export type { SchoolProfile } from './schema';
export { dslSlideLines, noProfileAdvice } from './school';
export { default as SchoolPart } from './components/SchoolPart.astro';
export { default as SchoolText } from './components/SchoolText.astro';
