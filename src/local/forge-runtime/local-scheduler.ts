/**
 * Forge's `scheduledTrigger`, emulated: calls the job every `intervalMs` (Forge's `hour` is
 * 3,600,000), never two runs at once; a run that fails is logged, as Forge records it.
 */
export interface LocalScheduler {
  /** Runs the job now (waiting for a run in progress first) and resolves when it is done. */
  runNow(): Promise<void>;
  stop(): void;
}

export function localScheduler(job: () => Promise<void>, intervalMs: number | null): LocalScheduler {
  let current: Promise<void> | null = null;
  const run = async () => {
    while (current) await current;
    current = job()
      .catch((e: unknown) => console.error('scheduled job failed', e))
      .finally(() => {
        current = null;
      });
    await current;
  };
  const timer = intervalMs === null ? null : setInterval(() => void run(), intervalMs);
  timer?.unref();
  return {
    runNow: run,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
