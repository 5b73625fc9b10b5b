// The public myomap API, as any partner front-end calls it (same origin here).

async function answer(response) {
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `HTTP ${response.status}`;
    throw new Error(detail);
  }
  return body;
}

export const api = {
  bodyMap: () => fetch('/api/v1/body-map', { headers: { Accept: 'image/svg+xml' } }).then(answer),
  lookup: (request) => fetch('/api/v1/lookup', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(request),
  }).then(answer),
  muscle: (id) => fetch(`/api/v1/muscles/${encodeURIComponent(id)}`).then(answer),
  protocol: (id) => fetch(`/api/v1/protocols/${encodeURIComponent(id)}`).then(answer),
};
