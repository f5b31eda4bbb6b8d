/** Splitting work on many rows or ids into statements of bounded size. */

/** Ids per statement: far below every dialect's bound-parameter limit (SQLite 32,766; PostgreSQL 65,535). */
const IDS_PER_STATEMENT = 500;

/** Runs `query` over the ids in chunks (none for no ids) and concatenates the rows, in chunk order. */
export async function inChunks<Row>(ids: readonly string[], query: (chunk: string[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chunk of chunks(ids, IDS_PER_STATEMENT)) rows.push(...(await query(chunk)));
  return rows;
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
