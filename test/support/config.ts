import { loadConfig, type Config } from '../../api/config';

/** The API's configuration for tests: the real defaults, an ephemeral port, no demo data. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig();
  return {
    ...base,
    databaseUrl: process.env.TEST_DATABASE_URL,
    port: 0,
    host: '127.0.0.1',
    loadDemoTenants: false,
    poolSize: 4,
    ...overrides,
    limits: { ...base.limits, ...(overrides.limits ?? {}) },
  };
}
