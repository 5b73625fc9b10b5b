// A client as an integrator would write it: types generated from openapi/openapi.yaml by openapi-typescript,
// calls made with openapi-fetch. If the contract and the service drift apart, this fails to compile or to run.
//   MYOMAP_URL               the service, e.g. http://127.0.0.1:18080
//   MYOMAP_JWT_PRIVATE_KEY   PEM private key whose public half the service verifies tokens with
//   MYOMAP_JWT_ISSUER        the issuer the service expects (default: the service's default)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/api.js';
import { signToken } from './token.js';

type Problem = components['schemas']['Problem'];
type LookupRequest = components['schemas']['LookupRequest'];
type SessionInput = components['schemas']['SessionInput'];

const baseUrl = required('MYOMAP_URL');
const privateKey = readFileSync(required('MYOMAP_JWT_PRIVATE_KEY'), 'utf8');
const issuer = process.env.MYOMAP_JWT_ISSUER ?? 'https://myomap.local/issuer';
const api = createClient<paths>({ baseUrl });

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

async function step(name: string, run: () => Promise<void>): Promise<void> {
  await run();
  console.log(`ok   ${name}`);
}

await step('catalogue, then 304 when revalidated with its ETag', async () => {
  const first = await api.GET('/api/v1/catalogue');
  assert.equal(first.response.status, 200);
  assert.ok(first.data, 'a catalogue document');
  assert.ok(first.data.muscles.length > 100, 'the whole catalogue');
  const etag = first.response.headers.get('ETag');
  assert.ok(etag, 'an ETag');
  assert.equal(first.response.headers.get('Catalogue-Version'), first.data.version);

  const again = await api.GET('/api/v1/catalogue', { params: { header: { 'If-None-Match': etag } } });
  assert.equal(again.response.status, 304);
  assert.equal(again.data, undefined);
});

await step('muscles by a lay word, paged with the cursor', async () => {
  const first = await api.GET('/api/v1/muscles', { params: { query: { q: 'calf', limit: 2 } } });
  assert.equal(first.data?.items.length, 2);
  const cursor = first.data?.next;
  assert.ok(cursor, 'a next cursor');
  const second = await api.GET('/api/v1/muscles', { params: { query: { q: 'calf', limit: 2, cursor } } });
  assert.ok(second.data && second.data.items.length > 0);
  assert.notEqual(second.data.items[0]?.id, first.data?.items[0]?.id);
});

await step('lookup: red flags first, then ranked muscles', async () => {
  // README's body, as a typed value: it compiles only if the contract keeps optional what has a default.
  const body: LookupRequest = {
    painAreas: [{ region: 'sacroiliac-joint', side: 'left' }, { region: 'greater-trochanter', side: 'left' }],
    aggravatedBy: ['rolling-over-in-bed'],
  };
  const { data, response } = await api.POST('/api/v1/lookup', { body });
  assert.equal(response.status, 200);
  assert.ok(data);
  assert.equal(data.safety.urgency, 'none');
  assert.equal(data.candidates[0]?.muscle, 'quadratus-lumborum');
});

await step('a session created and read back with a clinician token', async () => {
  const clinic = `e2e-${randomUUID()}`;
  const token = signToken({ iss: issuer, sub: 'e2e-therapist', groups: ['clinician'], clinic_id: clinic }, privateKey);
  const headers = { Authorization: `Bearer ${token}` };
  const session: SessionInput = {
    patientRef: 'P-E2E-1',
    date: '2026-11-20',
    durationMinutes: 45,
    mode: 'telehealth',
    assessment: { painBefore: 6, painAreas: [{ region: 'sacroiliac-joint', side: 'left', pain: 6 }] },
    treatments: [{ muscle: 'quadratus-lumborum', side: 'left', technique: 'pressure-release' }],
    painAfter: 3,
  };
  const created = await api.POST('/api/v1/sessions', { body: session, headers });
  assert.equal(created.response.status, 201, JSON.stringify(created.error));
  assert.ok(created.data);
  assert.equal(created.response.headers.get('Location')?.endsWith(`/api/v1/sessions/${created.data.id}`), true);

  const read = await api.GET('/api/v1/sessions/{id}', { params: { path: { id: created.data.id } }, headers });
  assert.equal(read.response.status, 200);
  assert.deepEqual(read.data, created.data);
  assert.equal(read.response.headers.get('ETag'), '"v1"');
});

await step('an unknown muscle is a typed problem', async () => {
  const { data, error, response } = await api.GET('/api/v1/muscles/{id}', { params: { path: { id: 'no-such-muscle' } } });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  const problem: Problem | undefined = error;
  assert.ok(problem);
  assert.equal(problem.type, 'https://myomap.org/problems/not-found');
  assert.equal(problem.status, 404);
  assert.match(problem.detail, /no-such-muscle/);
});

console.log('TypeScript client: every step passed');
