import type { Bone } from './causes-edit';
import type { PanelMessages } from './messages';

const NAME_KEY = {
  people: 'bonePeople',
  machine: 'boneMachine',
  material: 'boneMaterial',
  method: 'boneMethod',
  environment: 'boneEnvironment',
  measurement: 'boneMeasurement',
} as const satisfies Record<Bone, keyof PanelMessages>;

/** A bone's label as the 6M practice writes it, e.g. `人 People` or `人 人员`. */
export const boneLabel = (bone: Bone, glyph: string, m: PanelMessages): string =>
  `${glyph} ${m[NAME_KEY[bone]]}`;
