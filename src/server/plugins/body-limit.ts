/**
 * Refuses request bodies over the configured size before reading them: 413 when the declared
 * length is too large, 411 when a body comes without a declared length (chunked), so no request
 * can make the server buffer more than the limit.
 */
import type { Plugin } from 'graphql-yoga';
import { type ApiErrorCode, ERROR_CODES, errorResponseBody } from '../../schema/errors.js';

export function bodyLimit(maxBodyBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const declared = request.headers.get('content-length');
      const refuse = (code: ApiErrorCode, message: string) =>
        endResponse(
          new fetchAPI.Response(errorResponseBody(code, message), {
            status: ERROR_CODES[code].status,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      if (declared === null) {
        if (request.headers.has('transfer-encoding')) refuse('LENGTH_REQUIRED', 'Request bodies must declare their Content-Length');
        return;
      }
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length < 0) return refuse('LENGTH_REQUIRED', 'Content-Length is not a valid length');
      if (length > maxBodyBytes) {
        refuse(
          'PAYLOAD_TOO_LARGE',
          `Request body of ${length.toLocaleString('en-US')} bytes exceeds the limit of ${maxBodyBytes.toLocaleString('en-US')} bytes`,
        );
      }
    },
  };
}
