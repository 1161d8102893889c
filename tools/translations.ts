/**
 * `npm run translations`: every translated file with its status and whether it is up to date with
 * the English file it was made from (README "Translations"). Out of date is reported, not an error:
 * the exit code is 0 unless a translation block is malformed.
 */
import { translationStates, type TranslationState } from '../src/i18n/translations.ts';

/** The table as text: one row per file, columns padded to line up. */
export function translationTable(states: readonly TranslationState[]): string {
	const rows = states.map((s) => [
		s.file,
		s.status === 'reviewed'
			? `reviewed by ${s.reviewedBy} on ${s.reviewedOn!.toISOString().slice(0, 10)}`
			: 'machine-assisted, not reviewed',
		s.upToDate ? 'up to date' : `OUT OF DATE: ${s.source} changed (now ${s.currentHash})`,
	]);
	const header = ['File', 'Status', 'English source'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ');
	const stale = states.filter((s) => !s.upToDate).length;
	const reviewed = states.filter((s) => s.status === 'reviewed').length;
	return [
		line(header),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map(line),
		'',
		`${states.length} translated files: ${reviewed} reviewed, ${stale} out of date.`,
	].join('\n');
}

if (import.meta.main) console.log(translationTable(translationStates()));
