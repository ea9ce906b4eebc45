import type { HostPage } from './host';
import type { LocalSite } from './serve';

/** One end-to-end behaviour, run against the local host page in a fresh browser page. */
export interface E2eCase {
  readonly name: string;
  readonly run: (host: HostPage, site: LocalSite) => Promise<void>;
  /** How long the case may take; the runner's default when not set. */
  readonly timeoutMs?: number;
}
