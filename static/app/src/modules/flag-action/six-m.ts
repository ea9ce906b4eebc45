/** The six bones of the fishbone, in the order the seed practice names them (人机料法环测). */
export const SIX_M_KEYS = ['people', 'machine', 'material', 'method', 'environment', 'measurement'] as const;
export type SixMKey = (typeof SIX_M_KEYS)[number];
