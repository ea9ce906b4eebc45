import { createRng, deriveSeed } from './prng';

/** Custom field ids of the dataset, e.g. `customfield_10047`; they differ per seed, as they differ per site. */
export interface CustomFieldIds {
  requestType: CustomFieldId;
  timeToFirstResponse: CustomFieldId;
  timeToResolution: CustomFieldId;
  satisfaction: CustomFieldId;
  likelihoodToRecommend: CustomFieldId;
  team: CustomFieldId;
  channel: CustomFieldId;
}

/** The id of a custom field. */
export type CustomFieldId = `customfield_${number}`;

const FIELD_STREAM = 0xf1e1d;

/** Draws seven distinct custom field ids in 10010..10199 from the seed. */
export function customFieldIds(seedHash: number): CustomFieldIds {
  const rng = createRng(deriveSeed(seedHash, FIELD_STREAM));
  const used = new Set<number>();
  const draw = (): CustomFieldId => {
    let id = rng.int(10010, 10200);
    while (used.has(id)) id = rng.int(10010, 10200);
    used.add(id);
    return `customfield_${id}`;
  };
  return {
    requestType: draw(),
    timeToFirstResponse: draw(),
    timeToResolution: draw(),
    satisfaction: draw(),
    likelihoodToRecommend: draw(),
    team: draw(),
    channel: draw(),
  };
}

/** The numeric part of a custom field id. */
export function customIdOf(fieldId: string): number {
  return Number(fieldId.slice('customfield_'.length));
}
