/** Curated content that fails validation: the message names the record and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}
