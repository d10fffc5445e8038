import { ManualClock } from '../../api/core/clock';
import { startTestServer, type TestServer } from '../support/server';
import { buildCaseWorld, caseCounts, FRIDAY_MORNING, gid, type CaseWorld } from './world';
import { ACCEPT, RESOLVE } from './operations';

/** The Open311 GeoReport v2 endpoint, as the API serves it at /open311/v2 over real HTTP. */
describe('Open311 GeoReport v2', () => {
  let server: TestServer;
  let w: CaseWorld;
  let base: string;
  const clock = new ManualClock(FRIDAY_MORNING);

  beforeAll(async () => {
    server = await startTestServer({ clock });
    w = await buildCaseWorld(server);
    base = `${new URL(server.url).origin}/open311/v2`;
  });
  afterAll(() => server.close());

  const form = (body: Record<string, string>) =>
    fetch(`${base}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(body).toString(),
    });

  it('lists the services (service_code = category) and one service definition', async () => {
    const list = await fetch(`${base}/services.json?jurisdiction_id=${w.tree.communityA1.code}`);
    expect(list.status).toBe(200);
    const services = (await list.json()) as { service_code: string; service_name: string }[];
    expect(services).toContainEqual(
      expect.objectContaining({ service_code: 'WATER_PIPE_LEAK', service_name: '水管漏水' }),
    );
    expect(services).toHaveLength(13);
    const one = await fetch(`${base}/services/NOISE.json`);
    expect(await one.json()).toEqual({ service_code: 'NOISE', attributes: [] });
    const missing = await fetch(`${base}/services/UFO.json`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual([{ code: 404, description: expect.stringMatching(/UFO/) }]);
    const badJurisdiction = await fetch(`${base}/services.json?jurisdiction_id=abc`);
    expect(badJurisdiction.status).toBe(400);
  });

  it('accepts a form POST with a probe key, and serves it back with its status mapped', async () => {
    const res = await form({
      api_key: w.tokens.probe,
      jurisdiction_id: w.tree.communityA1.code,
      service_code: 'SAFETY_HAZARD',
      description: '小区东门井盖缺失',
      lat: '34.7466',
      long: '113.6253',
      address_string: '嵩山路1号院东门',
      first_name: '三',
      last_name: '张',
      phone: '13700001111',
      media_url: 'https://oss.example.cn/p/manhole.jpg',
      media_size: '204800',
    });
    expect(res.status).toBe(201);
    const [created] = (await res.json()) as {
      service_request_id: string;
      service_notice: string;
      account_id: null;
    }[];
    expect(created.service_request_id).toBeTruthy();
    expect(created.account_id).toBeNull();
    const one = await fetch(`${base}/requests/${created.service_request_id}.json?api_key=${w.tokens.probe}`);
    expect(one.status).toBe(200);
    const [request] = (await one.json()) as Record<string, unknown>[];
    expect(request).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
      service_code: 'SAFETY_HAZARD',
      lat: 34.7466,
      long: 113.6253,
      address: '嵩山路1号院东门',
    });
    const read = await server.gql(
      `query ($id: ID!) { case(id: $id) { source reporterName attachments { contentType sizeBytes } } }`,
      { id: created.service_request_id },
      { token: w.tokens.admin },
    );
    expect(read.data!.case).toEqual({
      source: 'OPEN311',
      reporterName: '张**',
      attachments: [{ contentType: 'image/jpeg', sizeBytes: 204800 }],
    });
    // The community settles it: closed for Open311 once resolved.
    await server.gql(ACCEPT, { input: { id: created.service_request_id } }, { token: w.tokens.admin });
    await server.gql(
      RESOLVE,
      { input: { id: created.service_request_id, note: '已补装井盖' } },
      { token: w.tokens.admin },
    );
    const closed = await fetch(`${base}/requests.json?api_key=${w.tokens.probe}&status=closed`);
    const rows = (await closed.json()) as Record<string, unknown>[];
    expect(rows).toContainEqual(
      expect.objectContaining({
        service_request_id: created.service_request_id,
        status: 'closed',
        status_notes: expect.stringMatching(/已补装井盖/),
      }),
    );
    const open = await fetch(`${base}/requests.json?api_key=${w.tokens.probe}&status=open`);
    expect(((await open.json()) as Record<string, unknown>[]).map((r) => r.service_request_id)).not.toContain(
      created.service_request_id,
    );
  });

  it('accepts JSON too, and answers errors as Open311 arrays with 400/401/403/404, storing nothing', async () => {
    const before = await caseCounts(server);
    const noKey = await form({ service_code: 'NOISE', description: '噪音', address_string: '1号楼' });
    expect(noKey.status).toBe(401);
    const badKey = await form({
      api_key: 'gk_nonsense',
      service_code: 'NOISE',
      description: '噪音',
      address_string: '1号楼',
    });
    expect(badKey.status).toBe(401);
    const noLocation = await form({ api_key: w.tokens.probe, service_code: 'NOISE', description: '噪音' });
    expect(noLocation.status).toBe(400);
    const unknown = await form({
      api_key: w.tokens.probe,
      service_code: 'UFO',
      description: 'x',
      address_string: 'y',
    });
    expect(unknown.status).toBe(404);
    const otherCommunity = await form({
      api_key: w.tokens.probe,
      jurisdiction_id: w.tree.communityA2.code,
      service_code: 'NOISE',
      description: '噪音',
      address_string: '1号楼',
    });
    expect(otherCommunity.status).toBe(404);
    const pdf = await form({
      api_key: w.tokens.probe,
      service_code: 'NOISE',
      description: '噪音',
      address_string: '1号楼',
      media_url: 'https://x.cn/a.pdf',
    });
    expect(pdf.status).toBe(400);
    const integrator = await form({
      api_key: w.tokens.integrator,
      service_code: 'NOISE',
      description: '噪音',
      address_string: '1号楼',
    });
    expect(integrator.status).toBe(403);
    expect(await integrator.json()).toEqual([{ code: 403, description: expect.any(String) }]);
    expect(await caseCounts(server)).toEqual(before);
    const json = await fetch(`${base}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        api_key: w.tokens.probe,
        service_code: 'PARKING',
        description: '消防通道停车',
        address_string: '2号楼',
      }),
    });
    expect(json.status).toBe(201);
    const missing = await fetch(
      `${base}/requests/${gid('Case', { id: '00000000-0000-4000-8000-000000000000' })}.json?api_key=${w.tokens.probe}`,
    );
    expect(missing.status).toBe(404);
  });
});
