import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt (memory-hard) with 64 MiB per hash: N=2^16, r=8, p=1. */
const SCRYPT = { N: 65536, r: 8, p: 1, keylen: 32 };
const MAXMEM = 128 * SCRYPT.N * SCRYPT.r * 2;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, SCRYPT.keylen, {
    N: SCRYPT.N,
    r: SCRYPT.r,
    p: SCRYPT.p,
    maxmem: MAXMEM,
  });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return timingSafeEqual(expected, actual);
}

/** A hash that no password matches, verified against when a username is unknown (same timing). */
export const DUMMY_PASSWORD_HASH =
  'scrypt$65536$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/**
 * Keys and tokens: 32 random bytes, prefixed by kind so a leaked secret is recognisable
 * (gk_ = API key, gs_ = session). Only the SHA-256 is stored: the secret has 256 bits of
 * entropy, so a slow hash adds nothing and a fast one keeps every request cheap.
 */
export function newSecret(kind: 'gk' | 'gs'): string {
  return `${kind}_${randomBytes(32).toString('base64url')}`;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
