/**
 * Bearer tokens from the company's identity provider (OIDC access tokens, JWTs), beside the
 * service's own API keys. A token is verified with `jose`: its signature against the provider's
 * published keys (`JWT_JWKS_URL`, fetched on first use, kept for ten minutes, fetched again at
 * once — at most every `jwksCooldownMs` — when a token names a key id not among them, which is how
 * key rotation arrives), then its issuer, audience, expiry (required) and not-before, with a
 * bounded clock skew. Only asymmetric algorithms are accepted: an HMAC token would let anyone
 * holding the public key sign. The checks that need no key (algorithm, issuer, audience, expiry,
 * required claims) run first on the unverified token, so a token they refuse never makes the key
 * set be fetched; a failed fetch starts a backoff (5 s doubling to 60 s) during which tokens answer
 * 503 without fetching.
 *
 * A verified token becomes an actor like an API key's: `keyId` is `jwt:<sub>` (API key ids never
 * hold `:`), the label names the user and the provider, and the scope is the strongest of
 * `read`/`edit`/`admin` the scope claim grants.
 */
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { SCOPES, type Scope, TOKEN_ACTOR_PREFIX } from '../data/curation.js';
import type { Actor } from './authenticate.js';

export interface JwtOptions {
  /** The provider's JSON Web Key Set (its OIDC discovery document's `jwks_uri`). */
  jwksUrl: string;
  /** The `iss` every token must carry, exactly (the provider's issuer identifier). */
  issuer: string;
  /** The `aud` every token must carry (this API's identifier at the provider). */
  audience: string;
  /**
   * The claim carrying the scope (default `scope`): a space-separated string or an array, of which
   * `read`, `edit` and `admin` count. A dotted name (`realm_access.roles`) reaches into an object
   * when no claim has that exact name.
   */
  scopeClaim?: string;
  /** How far clocks may disagree on `exp` and `nbf` (default 30 s, at most 300 s). */
  clockToleranceSeconds?: number;
  /** How long fetching the key set may take (default 5 s). */
  jwksTimeoutMs?: number;
  /** How soon after a fetch a token naming an unknown key may make the key set be fetched again (default 30 s). */
  jwksCooldownMs?: number;
  /**
   * How long after a failed fetch of the key set no token makes it be fetched again (default 5 s),
   * doubling while fetches keep failing, up to `jwksMaxBackoffMs` (default 60 s). Meanwhile tokens
   * answer 503 at once: the provider, already failing, is not asked once per request.
   */
  jwksBackoffMs?: number;
  jwksMaxBackoffMs?: number;
}

export const DEFAULT_SCOPE_CLAIM = 'scope';
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
const MAX_CLOCK_TOLERANCE_SECONDS = 300;

/** Asymmetric signatures only (never HS*: the key set is public). */
export const ALLOWED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Why a token was refused; said to the client (it tells a client what to fix, nothing about the keys). */
export type TokenRefusal =
  | 'expired'
  | 'not yet valid'
  | 'signature not verified'
  | 'wrong issuer'
  | 'wrong audience'
  | 'missing claim'
  | 'algorithm not allowed'
  | 'malformed';

export type TokenCheck =
  | { actor: Actor }
  /** Verified, but the scope claim grants none of this service's scopes: the caller is no actor. */
  | { actor: null; subject: string; noScope: true }
  | { actor: null; refused: TokenRefusal; detail: string }
  /** The key set could not be fetched: the token could be neither accepted nor refused; try again after that long. */
  | { actor: null; unavailable: string; retryAfterSeconds: number };

export interface JwtVerifier {
  verify(token: string): Promise<TokenCheck>;
}

/** Three base64url segments: how a JWS in compact form looks (API keys, `kg_<id>_<secret>`, never do). */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token);
}

/** Longest subject or name taken into the audit log; longer ones, or ones with control characters, refuse the token. */
const MAX_CLAIM_LENGTH = 200;
const PRINTABLE = /^[^\p{Cc}]+$/u;

export function createJwtVerifier(options: JwtOptions): JwtVerifier {
  const clockTolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  if (!(clockTolerance >= 0 && clockTolerance <= MAX_CLOCK_TOLERANCE_SECONDS))
    throw new RangeError(`clockToleranceSeconds must be between 0 and ${MAX_CLOCK_TOLERANCE_SECONDS}`);
  const remoteKeys = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
  });
  // jose remembers no failed fetch: its key set stays empty and the next token fetches again. So a
  // failure here starts a backoff during which no token fetches (concurrent tokens already share
  // jose's one fetch in flight).
  const firstBackoffMs = options.jwksBackoffMs ?? 5_000;
  const maxBackoffMs = Math.max(firstBackoffMs, options.jwksMaxBackoffMs ?? 60_000);
  let failedFetches = 0;
  let retryAt = 0;
  let lastFailure = '';
  const keys: JWTVerifyGetKey = async (header, token) => {
    if (Date.now() < retryAt) throw new KeySetUnavailable(`not fetched again yet after: ${lastFailure}`);
    try {
      const key = await remoteKeys(header, token);
      failedFetches = 0;
      return key;
    } catch (error) {
      // Only the first of the requests that shared a failed fetch lengthens the backoff.
      if ('unavailable' in classify(error) && Date.now() >= retryAt) {
        failedFetches += 1;
        lastFailure = error instanceof Error ? error.message : String(error);
        retryAt = Date.now() + Math.min(maxBackoffMs, firstBackoffMs * 2 ** (failedFetches - 1));
      }
      throw error;
    }
  };
  const scopeClaim = options.scopeClaim ?? DEFAULT_SCOPE_CLAIM;
  const issuerName = hostOf(options.issuer);

  /**
   * The checks that need no key, on the token's unverified header and claims: a token they refuse
   * would be refused after its signature too, so it never makes the key set be fetched (a token
   * for another issuer or audience, or long expired, must not reach the provider). Same reasons
   * as jose's checks after the signature, which still run.
   */
  function refusedUnverified(token: string): TokenCheck | null {
    const refused = (reason: TokenRefusal, detail: string) =>
      ({ actor: null, refused: reason, detail: `${detail} (before the signature)` }) as const;
    let header: ReturnType<typeof decodeProtectedHeader>;
    let claims: JWTPayload;
    try {
      header = decodeProtectedHeader(token);
      claims = decodeJwt(token);
    } catch (error) {
      return refused('malformed', (error as Error).message);
    }
    if (typeof header.alg !== 'string') return refused('malformed', 'no alg header');
    if (!ALLOWED_ALGORITHMS.includes(header.alg)) return refused('algorithm not allowed', `alg ${header.alg}`);
    if (claims.iss !== options.issuer) return refused('wrong issuer', 'iss is not the configured issuer');
    const audience = claims.aud;
    if (!(audience === options.audience || (Array.isArray(audience) && audience.includes(options.audience))))
      return refused('wrong audience', 'aud does not hold the configured audience');
    if (claims.exp === undefined || claims.sub === undefined) return refused('missing claim', 'no exp or no sub');
    if (typeof claims.exp !== 'number') return refused('malformed', 'exp is not a number');
    if (claims.exp <= Math.floor(Date.now() / 1000) - clockTolerance) return refused('expired', 'exp is past');
    return null;
  }

  return {
    async verify(token) {
      const early = refusedUnverified(token);
      if (early) return early;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ALLOWED_ALGORITHMS,
          clockTolerance,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (error) {
        const check = classify(error);
        return 'unavailable' in check ? { ...check, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)) } : check;
      }
      const subject = payload.sub!;
      if (!fitsAuditLog(subject))
        return { actor: null, refused: 'malformed', detail: 'sub is empty, too long or holds control characters' };
      const scope = strongestScope(claimAt(payload, scopeClaim));
      if (!scope) return { actor: null, subject, noScope: true };
      const name = [payload['preferred_username'], payload['email'], payload['name']].find(
        (value): value is string => typeof value === 'string' && fitsAuditLog(value),
      );
      return { actor: { keyId: `${TOKEN_ACTOR_PREFIX}${subject}`, label: `${name ?? subject} (${issuerName})`, scope } };
    },
  };
}

function fitsAuditLog(value: string): boolean {
  return value.length > 0 && value.length <= MAX_CLAIM_LENGTH && PRINTABLE.test(value);
}

function hostOf(issuer: string): string {
  try {
    return new URL(issuer).host || issuer;
  } catch {
    return issuer;
  }
}

/** The claim of that exact name, or else the dotted path through nested objects. */
function claimAt(payload: JWTPayload, claim: string): unknown {
  if (claim in payload) return payload[claim];
  let value: unknown = payload;
  for (const part of claim.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The strongest of the service's scopes among the granted ones; others (`openid`, `profile`, …) are ignored. */
export function strongestScope(granted: unknown): Scope | null {
  const values = typeof granted === 'string' ? granted.split(/\s+/) : Array.isArray(granted) ? granted : [];
  let strongest = -1;
  for (const value of values) strongest = Math.max(strongest, SCOPES.indexOf(value as Scope));
  return strongest >= 0 ? SCOPES[strongest]! : null;
}

/** Thrown instead of fetching while the backoff after a failed fetch runs. */
class KeySetUnavailable extends Error {}

function classify(error: unknown): TokenCheck {
  const refused = (reason: TokenRefusal) => ({ actor: null, refused: reason, detail: (error as Error).message }) as const;
  if (error instanceof errors.JWTExpired) return refused('expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return refused('wrong issuer');
    if (error.claim === 'aud') return refused('wrong audience');
    if (error.claim === 'nbf' || error.claim === 'iat') return refused('not yet valid');
    return refused(error.reason === 'missing' ? 'missing claim' : 'malformed');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return refused('signature not verified');
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return refused('algorithm not allowed');
  if (error instanceof errors.JWKSMultipleMatchingKeys) return refused('signature not verified');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return refused('malformed');
  // Anything else is the key set's fetch: a timeout, a network error, a non-200 answer, not a key set.
  return { actor: null, unavailable: error instanceof Error ? error.message : String(error), retryAfterSeconds: 1 };
}

const verifiers = new WeakMap<JwtOptions, JwtVerifier>();

/**
 * The verifier of these options, made once: the Node listener and the server it wraps are given
 * the same options object and so share one verifier, one key set and one fetch.
 */
export function jwtVerifierFor(options: JwtOptions): JwtVerifier {
  let verifier = verifiers.get(options);
  if (!verifier) {
    verifier = createJwtVerifier(options);
    verifiers.set(options, verifier);
  }
  return verifier;
}
