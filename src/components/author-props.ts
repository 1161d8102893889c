/**
 * Props of the author components that have two renderings, one in the lesson plan
 * (src/components/mdx/) and one in presentation mode (src/features/slides/components/). One definition, so an
 * MDX file that works in one view works in the other.
 */
import type { ActivityKind } from '../lib/lesson-parts';

export { defaultHelpRouteIds } from '../lib/services';

export interface ActivityProps {
	/** Heading of the activity. */
	title: string;
	/** Length in minutes. */
	minutes: number;
	/** What sort of activity it is; baseline and end-point are shown as such. */
	kind?: ActivityKind;
	/** An extension a teacher may add: shown as optional and not counted in the lesson's core time. */
	optional?: boolean;
}

export interface HelpRoutesProps {
	/** Service ids from content/data/services.yaml, in order. */
	ids?: string[];
	/** Heading above the list. */
	title?: string;
	/**
	 * Show who each route is for, from the data (`forWhom`, for example "Under-19s"), on slides too,
	 * where cards are otherwise name, number and address. The page's cards always show it.
	 */
	who?: boolean;
}
