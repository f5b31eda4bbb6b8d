/**
 * Refuses request bodies over the configured size before reading them: 413 when the declared
 * length is too large, 411 when a body comes without a declared length (chunked), so no request
 * can make the server buffer more than the limit.
 */
import type { Plugin } from 'graphql-yoga';

export function bodyLimit(maxBodyBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const declared = request.headers.get('content-length');
      const refuse = (status: number, message: string) =>
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'LENGTH_REQUIRED' } }] }),
            {
              status,
              headers: { 'content-type': 'application/json; charset=utf-8' },
            },
          ),
        );
      if (declared === null) {
        if (request.headers.has('transfer-encoding')) refuse(411, 'Request bodies must declare their Content-Length');
        return;
      }
      const length = Number(declared);
      if (!Number.isSafeInteger(length) || length < 0) return refuse(411, 'Content-Length is not a valid length');
      if (length > maxBodyBytes) {
        refuse(
          413,
          `Request body of ${length.toLocaleString('en-US')} bytes exceeds the limit of ${maxBodyBytes.toLocaleString('en-US')} bytes`,
        );
      }
    },
  };
}
