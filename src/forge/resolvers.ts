import Resolver from '@forge/resolver';
import { z } from 'zod';
import { RESOLVER_TABLE } from '../app/resolvers/resolver-table';
import { forgePorts } from './ports';

const context = z.looseObject({
  accountId: z.string().optional(),
  locale: z.string().optional(),
  timezone: z.string().optional(),
});

/** The Forge resolver: every contract key defined over the same table the local host runs. */
export function makeResolvers(): Resolver {
  const resolver = new Resolver();
  for (const [key, run] of Object.entries(RESOLVER_TABLE)) {
    resolver.define(key, (request) => {
      const ctx = context.parse(request.context);
      return run(
        request.payload,
        { accountId: ctx.accountId ?? '', locale: ctx.locale ?? 'en_US', timeZone: ctx.timezone ?? 'UTC' },
        forgePorts(),
      );
    });
  }
  return resolver;
}
