import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { featureBoundaries } from './feature-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

// The rule reads paths relative to ESLint's working directory, the project root in `npm run lint`.
const cwd = process.cwd();
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const at = (file: string, code: string) => ({ code, filename: `${cwd}/${file}` });

tester.run('feature-boundaries', featureBoundaries, {
	valid: [
		at('src/site/routes.ts', "import { pathOfRoute } from './paths.ts';"),
		at('src/site/routes.ts', "import type { Audience } from '../schemas/page.ts';"),
		at('src/features/print/sheet/Contact.astro', "import { slug } from '../../slides';"),
		at(
			'src/features/offline/service-worker.ts',
			"import { formatBytes } from '../print/index.ts';"
		),
		at('src/features/slides/export/pptx-deck.ts', "import { fit } from './slide-fit';"),
		at(
			'src/features/slides/components/X.astro',
			"import Slide from '../../../components/mdx/Slide.astro';"
		),
		at('src/pages/search.astro', "import { typeLabel } from '../features/search/search';"),
	],
	invalid: [
		at('src/site/routes.ts', "import type { T } from '../features/search/search.ts';"),
		at('src/site/render.ts', "import Footer from '../components/layout/Footer.astro';"),
		at(
			'src/features/print/sheet/Contact.astro',
			"import { noProfileAdvice } from '../../school/school';"
		),
		at(
			'src/features/print/sheet/Contact.astro/0_0.ts',
			"import '../../slides/present/slide-deck';"
		),
		at(
			'src/features/offline/service-worker.ts',
			"export { formatBytes } from '../print/pdf-files';"
		),
		at('src/features/search/client.ts', "const m = import('../slides/export/deck-exports');"),
	].map((test) => ({ ...test, errors: 1 })),
});
