import { monitorStatus, requestBackfill } from '../monitor/monitor-status';
import { define } from './define';

/** The monitor's admin resolvers: the backfill and sync status, and starting a backfill. */
export const MONITOR_RESOLVER_TABLE = {
  'monitor/status': define('monitor/status', { permission: 'ADMINISTER' }, ({ ports }) =>
    monitorStatus(ports),
  ),
  'monitor/backfill': define('monitor/backfill', { permission: 'ADMINISTER' }, ({ input, ports }) =>
    requestBackfill(ports, input),
  ),
} as const;
