/**
 * Relay global IDs: base64 of `<TypeName>:<local id>`, opaque to clients. Decoding is strict, so
 * a malformed ID is a `BAD_USER_INPUT` error rather than an unexpected failure.
 */
import { ENTITY_KINDS } from '../data/index.js';
import { unstorableReason } from '../data/model-rules.js';
import { badUserInput, checkLength } from './errors.js';

/** The entity types, whose IDs `node(id:)` takes. */
export const ENTITY_ID_TYPES: ReadonlySet<string> = new Set<string>(ENTITY_KINDS);
/** Relationships have IDs too (to unlink them), but are not nodes. */
export const RELATIONSHIP_ID_TYPES: ReadonlySet<string> = new Set(['Relationship']);

export function encodeGlobalID(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

export function decodeGlobalID(
  globalID: string,
  argument = 'id',
  types: ReadonlySet<string> = ENTITY_ID_TYPES,
): { typename: string; id: string } {
  checkLength(globalID, argument);
  const decoded = Buffer.from(globalID, 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  // Re-encoding must give the same text back: this rejects non-base64 input that Buffer tolerates.
  // An id no store can hold (a NUL, which base64 hides from the check on arguments) names nothing.
  if (separator < 1 || !id || !types.has(typename) || encodeGlobalID(typename, id) !== globalID || unstorableReason(id)) {
    throw badUserInput(`"${globalID}" is not a valid ID: use an \`id\` value returned by this API`, { argument });
  }
  return { typename, id };
}
