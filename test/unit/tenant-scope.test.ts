import { tenantFilterParams } from '../../api/db/tenant-scope-sql';

/** A request's tenant-filter parameters, built once per scope array (a cached principal's). */
describe('tenantFilterParams', () => {
  const ids = ['8f14e45f-ceea-467f-a0e6-2b5b7f6a3c11', '45c48cce-2e2d-4fbd-8a3b-7e1f0c4b9d22'];

  it('gives the scope as a PostgreSQL array literal and as a set of ids', () => {
    const params = tenantFilterParams(ids);
    expect(params.scopeLiteral).toBe(`{${ids.join(',')}}`);
    expect([...params.tenantIds]).toEqual(ids);
  });

  it('builds them once per scope array, and anew for another array of the same ids', () => {
    const scope = [...ids];
    expect(tenantFilterParams(scope)).toBe(tenantFilterParams(scope));
    expect(tenantFilterParams([...ids])).not.toBe(tenantFilterParams(scope));
    expect(tenantFilterParams([...ids])).toEqual(tenantFilterParams(scope));
  });

  it('refuses a scope holding anything but UUIDs, every time it is asked', () => {
    const bad = [ids[0], "x' or true --"];
    expect(() => tenantFilterParams(bad)).toThrow(/non-UUID/);
    expect(() => tenantFilterParams(bad)).toThrow(/non-UUID/);
  });
});
