import type { LeafletComponentName } from '../../../lib/content-checks';

/**
 * Components for the printed sheets in `content/leaflet/` (leaflet, poster, first-hour guide, letter to parents, signposting sheet), passed to their MDX
 * like the lesson components: `<Content components={leafletComponents} />`.
 */
import Box from './Box.astro';
import Col from './Col.astro';
import Cols from './Cols.astro';
import Contact from './Contact.astro';
import Field from './Field.astro';
import Flow from './Flow.astro';
import HelpQr from './HelpQr.astro';
import LeafletHelp from './LeafletHelp.astro';
import SchoolContact from './SchoolContact.astro';
import SchoolPeople from './SchoolPeople.astro';
import Side from './Side.astro';
import Steps from './Steps.astro';
import TurnOver from './TurnOver.astro';
import { Guidance, Lead, NationPart, SchoolPart, SchoolText } from '../../school';

export const leafletComponents = {
	Box,
	Col,
	Cols,
	Contact,
	Field,
	Flow,
	Guidance,
	HelpQr,
	Lead,
	LeafletHelp,
	NationPart,
	SchoolContact,
	SchoolPart,
	SchoolPeople,
	SchoolText,
	Side,
	Steps,
	TurnOver,
} satisfies Record<LeafletComponentName, unknown>;
