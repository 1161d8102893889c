/**
 * Checks every translation's `translation` block when the build starts (a malformed one stops it,
 * naming the file and field) and lists the translations whose English file has changed since they
 * were made. Out of date is not an error: those pages say so to their readers until someone updates
 * them (README "Translations"; `npm run translations` prints the whole table).
 */
import type { AstroIntegration } from 'astro';
import { translationStates } from './translations.ts';

export default function translations(): AstroIntegration {
	return {
		name: 'kit-translations',
		hooks: {
			'astro:config:done': ({ logger }) => {
				const states = translationStates();
				const stale = states.filter((s) => !s.upToDate);
				const unreviewed = states.filter((s) => s.status !== 'reviewed').length;
				logger.info(
					`${states.length} translated files, ${unreviewed} not yet reviewed, ${stale.length} out of date`
				);
				if (stale.length)
					logger.warn(
						`These translations are older than their English files (their pages say so):\n${stale
							.map((s) => `  - ${s.file} (from ${s.source})`)
							.join('\n')}`
					);
			},
		},
	};
}
