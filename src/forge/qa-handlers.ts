import { scheduledQaSampling } from '../app/qa/scheduled-sampling';
import { forgeAppPorts } from './ports';

/** `scheduledTrigger` qa-sampling, daily: draws the QA sample (抽检) of every configured project. */
export const qaSampling = async (): Promise<void> => {
  const outcomes = await scheduledQaSampling(forgeAppPorts());
  // Rethrow so Forge records the failed invocation.
  if (!outcomes.ok) throw new Error(`qa sampling: ${outcomes.error.code}: ${outcomes.error.message}`);
  for (const o of outcomes.value) {
    if (o.error === null) console.info(`qa sampling ${o.projectKey}: ${o.drawn} tickets drawn`);
    else console.error(`qa sampling ${o.projectKey}: ${o.error}`);
  }
};
