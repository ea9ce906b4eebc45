/**
 * Forge's async events queue, emulated in this process: each pushed body becomes one invocation of
 * the consumer with `{ body, queueName, jobId, eventId }` (Forge's AsyncEvent shape), one at a time
 * in push order, after the pushing call returned — as on Forge, a consumer never runs inside the
 * invocation that queued it. A hand-over is simply a new push.
 */
export interface LocalQueue {
  push(body: Record<string, unknown>): Promise<void>;
  /** Resolves once the queue is empty and no consumer runs (for tests and `ql serve` start-up). */
  idle(): Promise<void>;
  /** Invocations so far. */
  readonly invocations: number;
}

export interface LocalAsyncEvent {
  readonly body: Record<string, unknown>;
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
}

export function localQueue(
  queueName: string,
  consumer: (event: LocalAsyncEvent) => Promise<void>,
): LocalQueue {
  const waiting: LocalAsyncEvent[] = [];
  let running: Promise<void> | null = null;
  let invocations = 0;
  let sequence = 0;

  const drain = async () => {
    for (let event = waiting.shift(); event; event = waiting.shift()) {
      invocations += 1;
      try {
        await consumer(event);
      } catch (e) {
        // Forge records a failed invocation; the emulation logs it and goes on with the queue.
        console.error(`queue ${queueName}: consumer failed on ${event.eventId}`, e);
      }
    }
  };

  return {
    async push(body) {
      sequence += 1;
      waiting.push({
        body,
        queueName,
        jobId: `${queueName}-job-${sequence}`,
        eventId: `${queueName}-${sequence}`,
      });
      if (!running) {
        running = new Promise<void>((resolve) => setImmediate(resolve)).then(drain).finally(() => {
          running = null;
        });
      }
    },
    async idle() {
      while (running) await running;
    },
    get invocations() {
      return invocations;
    },
  };
}
