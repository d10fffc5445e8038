import express, { Router, type Request, type Response } from 'express';
import { CaseCategory } from './case.enums';

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the GraphQL API, so civic
 * reporting apps can submit to a community. Every call becomes a GraphQL operation run in
 * process through the gateway as the principal of `api_key`, so auth, scope, limits, the request
 * transaction and audit apply exactly as to any client. Mounted by the app at /open311/v2.
 * JSON only (the `.json` format); `jurisdiction_id` is the community's 12-digit division code.
 */
export interface Open311Gateway {
  execute(
    apiKey: string | undefined,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: any; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Service names in Chinese and English (service_name / description) per category. */
export const OPEN311_SERVICES: Record<CaseCategory, { name: string; description: string; group: string }> = {
  WATER_PIPE_LEAK: { name: '水管漏水', description: 'Water-pipe leak', group: '隐患' },
  NOISE: { name: '噪音扰民', description: 'Noise', group: '诉求' },
  INHERITANCE: { name: '遗产继承纠纷', description: 'Inheritance dispute', group: '矛盾纠纷' },
  NEIGHBOUR_DISPUTE: { name: '邻里纠纷', description: 'Dispute between neighbours', group: '矛盾纠纷' },
  FAMILY_DISPUTE: { name: '家庭纠纷', description: 'Family dispute', group: '矛盾纠纷' },
  PARKING: { name: '停车问题', description: 'Parking', group: '诉求' },
  ILLEGAL_CONSTRUCTION: { name: '违章搭建', description: 'Illegal construction', group: '隐患' },
  COMMON_SPACE_OCCUPATION: { name: '占用公共空间', description: 'Occupation of common space', group: '诉求' },
  PROPERTY_MANAGEMENT_DISPUTE: {
    name: '物业纠纷',
    description: 'Property-management dispute',
    group: '矛盾纠纷',
  },
  ENVIRONMENT: { name: '环境卫生', description: 'Environment and sanitation', group: '诉求' },
  SAFETY_HAZARD: { name: '安全隐患', description: 'Safety hazard', group: '隐患' },
  RESIDENT_REQUEST: { name: '居民诉求', description: "A resident's request", group: '诉求' },
  PETITION: { name: '信访', description: 'Petition', group: '信访' },
};

const CASE_FIELDS = `id category status description address latitude longitude createdAt updatedAt deadlineAt
  resolutionNote level community { code name } timeline { kind note occurredAt }`;

const REPORT = `mutation Open311Report($input: CaseReportInput!) { caseReport(input: $input) { case { id level deadlineAt } } }`;
const LIST = `query Open311Requests($first: Int, $category: CaseCategory, $from: DateTimeISO, $to: DateTimeISO) {
  cases(first: $first, category: $category, reportedFrom: $from, reportedTo: $to) { edges { node { ${CASE_FIELDS} } } }
}`;
const ONE = `query Open311Request($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

interface CaseView {
  id: string;
  category: CaseCategory;
  status: string;
  description: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: string;
  updatedAt: string;
  deadlineAt: string;
  resolutionNote: string | null;
  level: string;
  community: { code: string; name: string };
  timeline: { kind: string; note: string | null; occurredAt: string }[];
}

class Open311Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const HTTP_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  INVALID_TRANSITION: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  RATE_LIMITED: 429,
};

/** The first GraphQL error as an Open311 error (HTTP status from its code). */
function fail(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): never {
  const code = String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const field = errors[0].extensions?.field ? ` (${String(errors[0].extensions.field)})` : '';
  throw new Open311Error(HTTP_BY_CODE[code] ?? 500, `${errors[0].message}${field}`);
}

/** GeoReport status: open while the case is worked on, closed once resolved or closed. */
const statusOf = (c: CaseView) => (c.status === 'RESOLVED' || c.status === 'CLOSED' ? 'closed' : 'open');

function statusNotes(c: CaseView): string {
  const last = c.timeline.at(-1);
  const base = `${c.status} at ${c.level} level`;
  return c.resolutionNote ? `${base}: ${c.resolutionNote}` : last?.note ? `${base}: ${last.note}` : base;
}

function toRequest(c: CaseView) {
  return {
    service_request_id: c.id,
    status: statusOf(c),
    status_notes: statusNotes(c),
    service_name: OPEN311_SERVICES[c.category]?.name ?? c.category,
    service_code: c.category,
    description: c.description,
    agency_responsible: c.community.name,
    service_notice: `Handled at ${c.level} level; deadline ${c.deadlineAt}.`,
    requested_datetime: c.createdAt,
    updated_datetime: c.updatedAt,
    expected_datetime: statusOf(c) === 'open' ? c.deadlineAt : null,
    address: c.address,
    address_id: null,
    zipcode: null,
    lat: c.latitude,
    long: c.longitude,
    media_url: null,
  };
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

function num(v: unknown, name: string): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Open311Error(400, `${name} must be a number.`);
  return n;
}

function date(v: unknown, name: string): string | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) throw new Open311Error(400, `${name} must be a w3c date-time.`);
  return d.toISOString();
}

function serviceCode(v: unknown, required: boolean): CaseCategory | undefined {
  const s = str(v);
  if (!s) {
    if (required) throw new Open311Error(400, 'service_code is required.');
    return undefined;
  }
  if (!(s in OPEN311_SERVICES)) throw new Open311Error(404, `service_code ${s} does not exist.`);
  return s as CaseCategory;
}

function jurisdiction(v: unknown): string | undefined {
  const s = str(v);
  if (s !== undefined && !/^\d{12}$/.test(s)) {
    throw new Open311Error(
      400,
      'jurisdiction_id must be a community’s 12-digit division code (行政区划代码).',
    );
  }
  return s;
}

const MEDIA_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  heic: 'image/heic',
};

/**
 * media_url as a photo by reference. GeoReport sends no size; a client may add `media_size` (bytes,
 * an extension of ours) to have it stored as an attachment; without it the link goes into the
 * description, because the API stores only photos whose size it checked.
 */
function media(body: Record<string, unknown>): { attachment?: object; note?: string } {
  const url = str(body.media_url);
  if (!url) return {};
  if (!/^https:\/\//.test(url)) throw new Open311Error(400, 'media_url must be an https url.');
  const ext = url.split(/[?#]/)[0].split('.').pop()?.toLowerCase() ?? '';
  const contentType = MEDIA_TYPES[ext];
  if (!contentType) throw new Open311Error(400, 'media_url must be a jpeg, png, webp or heic image.');
  const size = num(body.media_size, 'media_size');
  if (size === undefined) return { note: `照片 (media_url): ${url}` };
  return { attachment: { reference: url, contentType, sizeBytes: size } };
}

type Handler = (req: Request, res: Response) => Promise<void>;

/** Runs a handler, answering an Open311 error array with the right HTTP status on failure. */
const handle =
  (fn: Handler) =>
  (req: Request, res: Response): void => {
    fn(req, res).catch((error: unknown) => {
      const status = error instanceof Open311Error ? error.status : 500;
      const description = error instanceof Open311Error ? error.message : 'Internal error.';
      res.status(status).json([{ code: status, description }]);
    });
  };

export function createOpen311Router(gateway: Open311Gateway): Router {
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  router.use(express.json({ limit: '64kb' }));

  const run = async (apiKey: unknown, query: string, variables: Record<string, unknown>) => {
    const result = await gateway.execute(str(apiKey), query, variables);
    if (result.errors?.length) fail(result.errors);
    return result.data;
  };

  router.get(
    '/services.json',
    handle(async (req, res) => {
      jurisdiction(req.query.jurisdiction_id);
      res.json(
        Object.entries(OPEN311_SERVICES).map(([code, s]) => ({
          service_code: code,
          service_name: s.name,
          description: s.description,
          metadata: false,
          type: 'realtime',
          keywords: code.toLowerCase().replace(/_/g, ','),
          group: s.group,
        })),
      );
    }),
  );

  router.get(
    '/services/:code.json',
    handle(async (req, res) => {
      jurisdiction(req.query.jurisdiction_id);
      const code = serviceCode(req.params.code, true)!;
      res.json({ service_code: code, attributes: [] });
    }),
  );

  router.post(
    '/requests.json',
    handle(async (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (!str(body.api_key)) throw new Open311Error(401, 'api_key is required to submit a request.');
      const code = serviceCode(body.service_code, true)!;
      const description = str(body.description);
      if (!description) throw new Open311Error(400, 'description is required.');
      const lat = num(body.lat, 'lat');
      const long = num(body.long, 'long');
      const address = str(body.address_string);
      if (lat === undefined && long === undefined && !address) {
        throw new Open311Error(400, 'A location is required: lat and long, or address_string.');
      }
      const name = [str(body.last_name), str(body.first_name)].filter(Boolean).join('');
      const photo = media(body);
      const data = await run(body.api_key, REPORT, {
        input: {
          category: code,
          description: photo.note ? `${description}\n${photo.note}` : description,
          communityCode: jurisdiction(body.jurisdiction_id) ?? null,
          latitude: lat ?? null,
          longitude: long ?? null,
          address: address ?? null,
          reporterName: name || null,
          reporterPhone: str(body.phone) ?? null,
          reporterEmail: str(body.email) ?? null,
          attachments: photo.attachment ? [photo.attachment] : null,
          viaOpen311: true,
        },
      });
      const c = data.caseReport.case as { id: string; level: string; deadlineAt: string };
      res.status(201).json([
        {
          service_request_id: c.id,
          service_notice: `Accepted at ${c.level} level; to be handled by ${c.deadlineAt}.`,
          account_id: null,
        },
      ]);
    }),
  );

  router.get(
    '/requests.json',
    handle(async (req, res) => {
      const q = req.query as Record<string, unknown>;
      const code = serviceCode(q.service_code, false);
      const wanted = str(q.status);
      if (wanted && !['open', 'closed'].includes(wanted))
        throw new Open311Error(400, 'status must be open or closed.');
      const where = jurisdiction(q.jurisdiction_id);
      const ids = str(q.service_request_id)
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      let found: CaseView[];
      if (ids?.length) {
        if (ids.length > 50) throw new Open311Error(400, 'At most 50 service_request_id values.');
        found = [];
        for (const id of ids) {
          const result = await gateway.execute(str(q.api_key), ONE, { id });
          if (result.errors?.length) {
            const errorCode = result.errors[0].extensions?.code;
            if (errorCode === 'NOT_FOUND' || errorCode === 'BAD_USER_INPUT') continue;
            fail(result.errors);
          }
          found.push(result.data.case as CaseView);
        }
      } else {
        const data = await run(q.api_key, LIST, {
          first: 100,
          category: code ?? null,
          from: date(q.start_date, 'start_date') ?? null,
          to: date(q.end_date, 'end_date') ?? null,
        });
        found = (data.cases.edges as { node: CaseView }[]).map((e) => e.node);
      }
      const rows = found
        .filter((c) => !code || c.category === code)
        .filter((c) => !where || c.community.code === where)
        .filter((c) => !wanted || statusOf(c) === wanted);
      res.json(rows.map(toRequest));
    }),
  );

  router.get(
    '/requests/:id.json',
    handle(async (req, res) => {
      const data = await run(req.query.api_key, ONE, { id: req.params.id });
      res.json([toRequest(data.case as CaseView)]);
    }),
  );

  router.use((_req: Request, res: Response) => {
    res
      .status(404)
      .json([{ code: 404, description: 'No such Open311 resource (only the .json format is served).' }]);
  });
  return router;
}
