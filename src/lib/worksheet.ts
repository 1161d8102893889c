/**
 * The lessons whose worksheet is printed on its own, one A4 page each (src/pages/lessons/[slug]/
 * worksheet.astro, and the Welsh one): every lesson, which must have exactly one `<Worksheet>`.
 */

/** The worksheet pages' paths, or an error naming the lesson's file when it has no worksheet or more than one. */
export function worksheetPaths<
	L extends { id: string; body?: string | undefined; filePath?: string | undefined },
>(lessons: readonly L[]): { params: { slug: string }; props: { lesson: L } }[] {
	return lessons.map((lesson) => {
		const count = (lesson.body ?? '').match(/<Worksheet\b/g)?.length ?? 0;
		if (count !== 1)
			throw new Error(
				`${lesson.filePath ?? `content/lessons/${lesson.id}.mdx`}: a lesson needs exactly one <Worksheet> (found ${count}); it is printed as the lesson's one-page worksheet PDF.`
			);
		return { params: { slug: lesson.id }, props: { lesson } };
	});
}
