// @ts-check
// Starlight with its defaults, for the side-by-side benchmark (npm run bench in the kit's root).
// The bench copies this folder to a temporary directory and writes the synthetic lessons into
// src/content/docs/lessons/ there; nothing generated is kept here.
import starlight from '@astrojs/starlight';
import { appendFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';

/** Like the kit's src/integrations/bench-timings.ts: when the pages are written, note the time since start. */
const benchTimings = {
	name: 'bench-timings',
	hooks: {
		'astro:build:done': () => {
			const file = process.env.BENCH_TIMINGS;
			if (file) appendFileSync(file, `${JSON.stringify({ phase: 'astro', ms: Math.round(performance.now()) })}\n`);
		},
	},
};

export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [
		// First, so its build:done runs before Starlight's Pagefind step.
		benchTimings,
		starlight({
			title: 'Too Good To Be True (Starlight benchmark)',
			// Starlight's default: every lesson in the sidebar of every page.
			sidebar: [{ label: 'Lessons', items: [{ autogenerate: { directory: 'lessons' } }] }],
		}),
	],
	devToolbar: { enabled: false },
});
