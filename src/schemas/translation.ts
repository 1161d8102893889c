import { z } from 'astro/zod';

/** How far a translation has been checked. */
export const translationStatuses = ['machine-assisted', 'reviewed'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/**
 * The `translation` block of a translated file (`content/cy/…`, `src/i18n/strings/cy.yaml`): how far
 * it has been checked, by whom, and a fingerprint of the English file it was made from, so the build
 * can tell when the English has changed since (README "Translations").
 */
export const translationSchema = z
	.strictObject({
		/**
		 * `machine-assisted`: not yet reviewed by a Welsh-speaking safeguarding professional; `reviewed`:
		 * they have, and `reviewedBy` and `reviewedOn` say who and when.
		 */
		status: z.enum(translationStatuses),
		/** The first 12 hex digits of the SHA-256 of the English file the translation was made from. */
		sourceHash: z
			.string()
			.regex(
				/^[0-9a-f]{12}$/,
				"must be the first 12 hex digits of the English file's SHA-256 (npm run translations prints it)"
			),
		/** Who reviewed it: name and role. */
		reviewedBy: z.string().min(3).optional(),
		/** When they reviewed it (YYYY-MM-DD). */
		reviewedOn: z.coerce.date().optional(),
	})
	.superRefine((t, ctx) => {
		const reviewed = t.status === 'reviewed';
		for (const field of ['reviewedBy', 'reviewedOn'] as const) {
			if (reviewed && t[field] === undefined)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: 'is required when status is reviewed',
				});
			if (!reviewed && t[field] !== undefined)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: 'is only for a reviewed translation: set status to reviewed, or remove it',
				});
		}
	});

export type Translation = z.infer<typeof translationSchema>;
