/**
 * Imported before any schema the browser uses: Zod probes for eval (`new Function`) when a schema is
 * made, to speed up parsing; the kit's CSP forbids eval and reports the probe as a violation even
 * though Zod catches it. The school form is small, so nothing is lost.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
