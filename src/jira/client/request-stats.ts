/** Requests a client has sent: every attempt counts, retries included. */
export interface JiraStats {
  /** Requests sent, retries included. */
  readonly total: number;
  /** Of those, how many repeated an earlier attempt. */
  readonly retries: number;
  /** Requests per endpoint, keyed like `GET /rest/api/3/issue/{issueIdOrKey}`. */
  readonly byEndpoint: Readonly<Record<string, number>>;
}

/** A mutable request counter; `snapshot()` returns a copy that later requests do not change. */
export const makeRequestStats = () => {
  let total = 0;
  let retries = 0;
  let byEndpoint = new Map<string, number>();
  return {
    count(endpoint: string, isRetry: boolean): void {
      total += 1;
      if (isRetry) retries += 1;
      byEndpoint.set(endpoint, (byEndpoint.get(endpoint) ?? 0) + 1);
    },
    snapshot(): JiraStats {
      return { total, retries, byEndpoint: Object.fromEntries(byEndpoint) };
    },
    reset(): void {
      total = 0;
      retries = 0;
      byEndpoint = new Map();
    },
  };
};
