import type { ImprovementRecord } from '@contract/improvement-schema';
import { newId } from './format';

export type Cause = ImprovementRecord['causes'][number];
export type Bone = Cause['category'];
export type CausePatch = Partial<Omit<Cause, 'id' | 'category' | 'parentId'>>;

/** The six bones, top row then bottom row, with the character the 6M practice names them by. */
export const BONES: readonly { key: Bone; glyph: string }[] = [
  { key: 'people', glyph: '人' },
  { key: 'machine', glyph: '机' },
  { key: 'material', glyph: '料' },
  { key: 'method', glyph: '法' },
  { key: 'environment', glyph: '环' },
  { key: 'measurement', glyph: '测' },
];

/** A new, empty cause on a bone (a sub-cause when it has a parent). */
export function addCause(causes: Cause[], category: Bone, parentId: string | null, text: string): Cause[] {
  const cause: Cause = {
    id: newId('c'),
    category,
    text,
    parentId,
    whys: [],
    isRootCause: false,
    verification: null,
  };
  return [...causes, cause];
}

/** The causes with one of them changed. */
export const updateCause = (causes: Cause[], id: string, patch: CausePatch): Cause[] =>
  causes.map((c) => (c.id === id ? { ...c, ...patch } : c));

/** The causes without one of them and its sub-causes. */
export const removeCause = (causes: Cause[], id: string): Cause[] =>
  causes.filter((c) => c.id !== id && c.parentId !== id);

/** Marks or unmarks a root cause; a new root cause starts with an empty verification by the caller. */
export function setRootCause(causes: Cause[], id: string, isRoot: boolean, by: string): Cause[] {
  return updateCause(causes, id, {
    isRootCause: isRoot,
    verification: isRoot
      ? { method: 'data', note: '', jql: null, verifiedBy: by, verifiedAt: new Date().toISOString() }
      : null,
  });
}

/** The top-level causes of one bone, each followed by its sub-causes. */
export function causesOfBone(causes: Cause[], bone: Bone): { cause: Cause; subs: Cause[] }[] {
  return causes
    .filter((c) => c.category === bone && c.parentId === null)
    .map((cause) => ({ cause, subs: causes.filter((s) => s.parentId === cause.id) }));
}
