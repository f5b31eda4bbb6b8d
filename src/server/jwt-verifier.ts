/**
 * Bearer tokens from the company's identity provider (OIDC access tokens, JWTs), beside the
 * service's own API keys. A token is verified with `jose`: its signature against the provider's
 * published keys (`JWT_JWKS_URL`, fetched on first use, kept for ten minutes, fetched again at
 * once — at most every `jwksCooldownMs` — when a token names a key id not among them, which is how
 * key rotation arrives), then its issuer, audience, expiry (required) and not-before, with a
 * bounded clock skew. Only asymmetric algorithms are accepted: an HMAC token would let anyone
 * holding the public key sign.
 *
 * A verified token becomes an actor like an API key's: `keyId` is `jwt:<sub>` (API key ids never
 * hold `:`), the label names the user and the provider, and the scope is the strongest of
 * `read`/`edit`/`admin` the scope claim grants.
 */
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
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
  /** The key set could not be fetched: the token could be neither accepted nor refused. */
  | { actor: null; unavailable: string };

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
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), {
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
  });
  const scopeClaim = options.scopeClaim ?? DEFAULT_SCOPE_CLAIM;
  const issuerName = hostOf(options.issuer);

  return {
    async verify(token) {
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
        return classify(error);
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
  return { actor: null, unavailable: error instanceof Error ? error.message : String(error) };
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
