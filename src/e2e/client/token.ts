// An RS256 JWT signed with node:crypto, as an identity provider would issue it: the service verifies it against
// the public key it was started with (MP_JWT_VERIFY_PUBLICKEY_LOCATION) and takes the clinic from `clinic_id`.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Claims {
  iss: string;
  sub: string;
  groups: string[];
  clinic_id: string;
  patient_ref?: string;
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export function signToken(claims: Claims, privateKeyPem: string, lifetimeSeconds = 600): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ ...claims, iat: now, exp: now + lifetimeSeconds }));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKeyPem);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Writes public.pem (for the service) and private.pem (for signing) into the directory. */
export function writeKeyPair(directory: string): void {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  writeFileSync(join(directory, 'public.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(directory, 'private.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
}
