import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from 'node-sqlite3-wasm';
import { userRowSchema, type UserRow } from '../db/rows';
import type { Role } from './roles';

/** A person of the emulated site, as the host authenticates and authorises them. */
export interface Account {
  readonly accountId: string;
  readonly email: string | null;
  readonly displayName: string;
  readonly accountType: 'atlassian' | 'customer' | 'app';
  readonly role: Role;
  readonly timeZone: string;
  readonly locale: string;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A fresh API token, as random as Atlassian's. */
export const newApiToken = (): string => `QLT-${randomBytes(24).toString('base64url')}`;

/** The site's accounts in SQLite; tokens are stored only as hashes. */
export class Accounts {
  constructor(private readonly db: Database) {}

  upsert(account: Account, apiToken: string | null): void {
    this.db.run(
      `INSERT INTO users (account_id, email, display_name, account_type, role, token_hash, time_zone, locale)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (account_id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name,
         account_type = excluded.account_type, role = excluded.role,
         token_hash = COALESCE(excluded.token_hash, users.token_hash), time_zone = excluded.time_zone, locale = excluded.locale`,
      [
        account.accountId,
        account.email,
        account.displayName,
        account.accountType,
        account.role,
        apiToken === null ? null : hashToken(apiToken),
        account.timeZone,
        account.locale,
      ],
    );
  }

  find(accountId: string): Account | null {
    const row = this.db.get('SELECT * FROM users WHERE account_id = ?', [accountId]);
    return row ? toAccount(userRowSchema.parse(row)) : null;
  }

  all(): Account[] {
    return this.db
      .all('SELECT * FROM users ORDER BY display_name')
      .map((r) => toAccount(userRowSchema.parse(r)));
  }

  /** The account whose email and API token match (Basic auth), or null. */
  authenticate(email: string, apiToken: string): Account | null {
    const given = Buffer.from(hashToken(apiToken), 'hex');
    // Imported data may repeat an email; only an account holding this token signs in.
    for (const raw of this.db.all(
      'SELECT * FROM users WHERE lower(email) = lower(?) AND token_hash IS NOT NULL',
      [email],
    )) {
      const row = userRowSchema.parse(raw);
      const expected = Buffer.from(row.token_hash ?? '', 'hex');
      if (expected.length === given.length && timingSafeEqual(expected, given)) return toAccount(row);
    }
    return null;
  }
}

function toAccount(row: UserRow): Account {
  return {
    accountId: row.account_id,
    email: row.email,
    displayName: row.display_name,
    accountType: row.account_type,
    role: row.role,
    timeZone: row.time_zone,
    locale: row.locale,
  };
}
