/**
 * Writes src/styles/palette.css and src/styles/tokens.css from the design tokens in
 * src/styles/tokens.ts. Run after changing a token (`npm run tokens`); src/styles/tokens.test.ts
 * fails while the CSS files and the tokens disagree.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { paletteCss, tokensCss } from '../src/styles/tokens.ts';

const at = (name) => fileURLToPath(new URL(`../src/styles/${name}`, import.meta.url));
writeFileSync(at('palette.css'), paletteCss());
writeFileSync(at('tokens.css'), tokensCss());
console.log('Wrote src/styles/palette.css and src/styles/tokens.css from src/styles/tokens.ts');
