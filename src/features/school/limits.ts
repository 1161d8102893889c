/**
 * The longest value each line of the school profile may hold, in characters: the leaflet and the
 * poster have no room for more. Defined once here, without Zod, so the browser's form can use them
 * too: the profile's schema (./schema.ts) enforces them, and the "Make it your school's" form
 * (./school.ts) sizes its boxes and clips what is typed with the same numbers.
 */

/** A member of staff's lines. */
export const staffLimits = { name: 40, where: 60, contact: 80 } as const;

/** The school's own lines. */
export const schoolLimits = { school: 60, policeForce: 40, note: 160 } as const;
