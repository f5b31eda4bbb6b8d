/**
 * Refuses request bodies over the configured size before reading them: 413 when the declared
 * length is too large, 411 when a body comes without a declared length (chunked), so no request
 * can make the server buffer more than the limit.
 */
import type { Plugin } from 'graphql-yoga';
import { type ApiErrorCode, ERROR_CODES, errorResponseBody } from '../../schema/errors.js';

/** Why a body is refused: its error code (from the one error module) and the message. */
export interface BodyRefusal {
  code: Extract<ApiErrorCode, 'LENGTH_REQUIRED' | 'PAYLOAD_TOO_LARGE'>;
  message: string;
}
const refusal = (code: BodyRefusal['code'], message: string): BodyRefusal => ({ code, message });

/** Why a request's body is refused (its code and message), or null when it may be read. */
export function bodyRefusal(method: string, header: (name: string) => string | null, maxBodyBytes: number): BodyRefusal | null {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  const declared = header('content-length');
  if (declared === null) {
    return header('transfer-encoding') !== null ? refusal('LENGTH_REQUIRED', 'Request bodies must declare their Content-Length') : null;
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return refusal('LENGTH_REQUIRED', 'Content-Length is not a valid length');
  if (length > maxBodyBytes) {
    return refusal(
      'PAYLOAD_TOO_LARGE',
      `Request body of ${length.toLocaleString('en-US')} bytes exceeds the limit of ${maxBodyBytes.toLocaleString('en-US')} bytes`,
    );
  }
  return null;
}

export function useBodyLimit(maxBodyBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const refusal = bodyRefusal(request.method, (name) => request.headers.get(name), maxBodyBytes);
      if (!refusal) return;
      const { code, message } = refusal;
      endResponse(
        new fetchAPI.Response(errorResponseBody(code, message), {
          status: ERROR_CODES[code].status,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
