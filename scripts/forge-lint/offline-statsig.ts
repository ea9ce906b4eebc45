import { NullLogger, StatsigService } from '@forge/cli-shared';

/**
 * Feature flags as seen with no network: every gate and dynamic config is unknown (null), so
 * callers take their built-in defaults (e.g. an empty deprecated-runtime list).
 */
export class OfflineStatsig extends StatsigService {
  constructor() {
    super(
      NullLogger,
      undefined,
      { getCredentials: () => Promise.reject(new Error('offline: not logged in')) },
      { readConfigSection: () => Promise.resolve('missing' as const) },
    );
  }

  override async checkGate(): Promise<null> {
    return null;
  }

  override async getDynamicConfig(): Promise<null> {
    return null;
  }
}
