// Types for synthetic.mjs, so TypeScript tests can import it.
export interface Templates {
	templates: { slug: string; data: Record<string, unknown>; frontmatter: string; body: string }[];
	pool: string[];
}
export interface SyntheticLesson {
	slug: string;
	data: Record<string, unknown> & { title: string; summary: string; duration: number };
	body: string;
	mdx: string;
}
export function loadTemplates(root: string): Templates;
export function syntheticLesson(templates: Templates, i: number): SyntheticLesson;
/** A step from content/data/steps.yaml. */
export interface StepData {
	id: string;
	title: string;
	text: string;
}
export function toStarlight(
	lesson: SyntheticLesson,
	data: { services: unknown[]; glossary: unknown[]; steps: StepData[] }
): string;
export function loadData(root: string): {
	services: unknown[];
	glossary: unknown[];
	steps: StepData[];
};
