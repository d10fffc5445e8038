import type { Config } from '../../config';
import type { Database } from '../../db/database';

export async function loadDemoTenantsIfEmpty(
  _db: Database,
  _config: Config,
): Promise<{ tenants: number; principalsFile: string } | null> {
  return null;
}
