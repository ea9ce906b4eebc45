import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** Where Jira shows each UI module type, and the frame size it gives it. */
const SURFACES = {
  'jira:issueAction': { place: 'Issue view › ••• menu (modal)', width: '600px', height: '560px' },
  'jira:issuePanel': { place: 'Issue view › panel', width: '100%', height: '760px' },
  'jira:projectPage': { place: 'Project sidebar › page', width: '100%', height: '900px' },
  'jira:dashboardGadget': { place: 'Dashboard › gadget', width: '400px', height: '460px' },
  'jira:adminPage': { place: 'Apps › admin page', width: '100%', height: '900px' },
} as const;
export type SurfaceType = keyof typeof SURFACES;

/** A UI module of the manifest as the host page renders it. */
export interface UiModule {
  readonly key: string;
  readonly type: SurfaceType;
  readonly title: string;
  readonly place: string;
  readonly width: string;
  readonly height: string;
}

const moduleList = z
  .array(z.looseObject({ key: z.string(), title: z.string().optional(), resource: z.string().optional() }))
  .optional();

/** Every Custom UI module the manifest declares, in surface order. */
export function uiModules(manifestFile: string): UiModule[] {
  const manifest = z
    .looseObject({ modules: z.record(z.string(), z.unknown()) })
    .parse(parse(readFileSync(manifestFile, 'utf8')));
  return (Object.keys(SURFACES) as SurfaceType[]).flatMap((type) =>
    (moduleList.parse(manifest.modules[type]) ?? [])
      .filter((m) => m.resource !== undefined)
      .map((m) => ({ key: m.key, type, title: m.title ?? m.key, ...SURFACES[type] })),
  );
}
