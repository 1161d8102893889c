/**
 * ESLint rule `kit/feature-boundaries`: keeps the layout honest (README, "Architecture").
 * - src/site/ is the model: it may not import a feature, a component, a layout or a page.
 * - A feature in src/features/<name>/ may import another feature only through its public entry,
 *   src/features/<other>/index.ts, never a file inside it.
 * Relative imports are resolved against the importing file, so `../../school/school` from a print
 * component is caught although the words "features" or "src" are not in it.
 */
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';

const siteMayNotImport = ['src/features', 'src/components', 'src/layouts', 'src/pages'];

/** The project-relative path of a file, `/`-separated; an Astro script block counts as its .astro file. */
function projectPath(cwd, file) {
	const astro = file.indexOf(`.astro${sep}`);
	const real = astro === -1 ? file : file.slice(0, astro + '.astro'.length);
	return relative(cwd, isAbsolute(real) ? real : join(cwd, real))
		.split(sep)
		.join('/');
}

const under = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/** The feature a project path belongs to, or undefined. */
const featureOf = (path) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaries = {
	meta: {
		type: 'problem',
		docs: {
			description: 'Keep src/site free of features, and features out of each other’s insides',
		},
		messages: {
			site: 'src/site/ is the model and imports no {{what}}: {{target}} (move the shared part into src/site/ instead).',
			feature:
				'The {{from}} feature may use the {{to}} feature only through src/features/{{to}}/index.ts, not {{target}} (export it from that index).',
		},
		schema: [],
	},
	create(context) {
		const cwd = context.cwd;
		const file = projectPath(cwd, context.filename);
		const inSite = under(file, 'src/site');
		const feature = featureOf(file);
		if (!inSite && !feature) return {};

		function check(node) {
			const spec = node?.value;
			if (typeof spec !== 'string' || !spec.startsWith('.')) return;
			const target = normalize(join(dirname(file), spec))
				.split(sep)
				.join('/');
			if (inSite) {
				const folder = siteMayNotImport.find((f) => under(target, f));
				if (folder)
					context.report({
						node,
						messageId: 'site',
						data: { what: folder.slice('src/'.length, -1), target },
					});
				return;
			}
			const other = featureOf(`${target}/`);
			if (!other || other === feature) return;
			const entry = `src/features/${other}`;
			if ([entry, `${entry}/index`, `${entry}/index.ts`, `${entry}/index.js`].includes(target))
				return;
			context.report({ node, messageId: 'feature', data: { from: feature, to: other, target } });
		}

		return {
			ImportDeclaration: (node) => check(node.source),
			ExportNamedDeclaration: (node) => check(node.source),
			ExportAllDeclaration: (node) => check(node.source),
			ImportExpression: (node) => check(node.source),
		};
	},
};

export default { rules: { 'feature-boundaries': featureBoundaries } };
