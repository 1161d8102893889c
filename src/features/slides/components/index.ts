/**
 * The MDX components map for presentation mode: the authors' map, with the parts that behave
 * differently on a projector swapped. Slides become labelled regions; notes and teacher-only
 * blocks become <template>s the presenter view reads; worksheets are left out; help routes shrink
 * to what the back row can read.
 */
import { mdxComponents } from '../../../components/mdx';
import Activity from './Activity.astro';
import HelpRoutes from './HelpRoutes.astro';
import Notes from './Notes.astro';
import SafeguardingNote from './SafeguardingNote.astro';
import Slide from './Slide.astro';
import TeacherNote from './TeacherNote.astro';
import Worksheet from './Worksheet.astro';

export const presentComponents = {
	...mdxComponents,
	Activity,
	HelpRoutes,
	Notes,
	SafeguardingNote,
	Slide,
	TeacherNote,
	Worksheet,
};
