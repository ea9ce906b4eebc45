import { BONES, causesOfBone, type Bone, type Cause } from './causes-edit';

export const W = 960;
export const H = 440;
export const SPINE_Y = 220;
export const HEAD_X = 750;
const MAX_ENTRIES = 10;

export type Entry = { cause: Cause; sub: boolean; x: number; y: number };
export type BoneLayout = {
  key: Bone;
  glyph: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  entries: Entry[];
  hidden: number;
};

/** Text shortened to about `units` (a CJK character counts two) with an ellipsis. */
export function shorten(text: string, units: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
    if (used > units) return `${out}…`;
    out += ch;
  }
  return out;
}

/** Where each bone and each cause goes: three bones above the spine, three below. */
export function layoutFishbone(causes: Cause[]): BoneLayout[] {
  return BONES.map((bone, i) => {
    const top = i < 3;
    const joinX = 260 + (i % 3) * 230;
    const endX = joinX - 140;
    const endY = top ? 40 : H - 40;
    const flat = causesOfBone(causes, bone.key).flatMap(({ cause, subs }) => [
      { cause, sub: false },
      ...subs.map((s) => ({ cause: s, sub: true })),
    ]);
    const shown = flat.slice(0, MAX_ENTRIES);
    const entries = shown.map((e, k) => {
      const t = (k + 1) / (shown.length + 1);
      return { ...e, x: endX + (joinX - endX) * t, y: endY + (SPINE_Y - endY) * t };
    });
    return {
      key: bone.key,
      glyph: bone.glyph,
      x1: joinX,
      y1: SPINE_Y,
      x2: endX,
      y2: endY,
      entries,
      hidden: flat.length - shown.length,
    };
  });
}

/** The problem statement in short lines for the fish head (words kept whole where there are spaces). */
export function headLines(statement: string): string[] {
  const lines: string[] = [];
  let rest = statement.trim();
  while (rest.length > 0 && lines.length < 5) {
    let line = shorten(rest, 24).replace(/…$/, '');
    const cut = line.lastIndexOf(' ');
    if (line.length < rest.length && cut > 8) line = line.slice(0, cut);
    lines.push(line);
    rest = rest.slice(line.length).trimStart();
  }
  if (rest.length > 0) lines[lines.length - 1] += '…';
  return lines;
}
