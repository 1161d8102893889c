/**
 * The components lesson and advice authors use in MDX, without importing them. Pages pass this map
 * to `<Content components={...} />`; presentation mode passes the same map with Slide, Notes and the
 * teacher-only parts swapped for its own.
 */
import Activity from './Activity.astro';
import Chat from './Chat.astro';
import Guidance from '../../features/school/components/Guidance.astro';
import Lead from '../../features/school/components/Lead.astro';
import NationNote from '../../features/school/components/NationNote.astro';
import NationPart from '../../features/school/components/NationPart.astro';
import Years from '../../features/school/components/Years.astro';
import HelpRoutes from './HelpRoutes.astro';
import LessonList from './LessonList.astro';
import Msg from './Msg.astro';
import Notes from './Notes.astro';
import Questions from './Questions.astro';
import SafeguardingNote from './SafeguardingNote.astro';
import Scenario from './Scenario.astro';
import Slide from './Slide.astro';
import Steps from './Steps.astro';
import TalkList from './TalkList.astro';
import TeacherNote from './TeacherNote.astro';
import Term from './Term.astro';
import Worksheet from './Worksheet.astro';
import type { MdxComponentName } from '../../lib/content-checks';

export const mdxComponents = {
	Activity,
	Chat,
	Guidance,
	HelpRoutes,
	Lead,
	LessonList,
	Msg,
	NationNote,
	NationPart,
	Notes,
	Questions,
	SafeguardingNote,
	Scenario,
	Slide,
	Steps,
	TalkList,
	TeacherNote,
	Term,
	Worksheet,
	Years,
	// The content loaders reject components not named in mdxComponentNames (src/lib/content-checks.ts);
	// `satisfies` makes `astro check` fail when that list and this map differ (missing or extra names).
} satisfies Record<MdxComponentName, unknown>;
