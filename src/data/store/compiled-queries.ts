/**
 * SQL text kept per query shape. Building and compiling a Kysely query costs more than inserting a
 * chunk of an import (`graph-transfer.ts`), so a query whose SQL
 * depends only on its shape is compiled once; later runs bind their values to the kept text. The
 * text is kept only when the compiled parameters are exactly the values the caller gives, so a shape
 * key can never bind the wrong values.
 */
import { CompiledQuery } from 'kysely';
import { LRUCache } from 'lru-cache';

export class CompiledQueries {
  private readonly texts: LRUCache<string, string>;

  constructor(max = 500) {
    this.texts = new LRUCache<string, string>({ max });
  }

  /** The query to run for `shape` with `parameters` bound in order; `build` compiles it the first time. */
  for<Row>(shape: string, parameters: readonly unknown[], build: () => CompiledQuery<Row>): CompiledQuery<Row> {
    const text = this.texts.get(shape);
    if (text !== undefined) return CompiledQuery.raw(text, [...parameters]) as CompiledQuery<Row>;
    const query = build();
    if (query.parameters.length === parameters.length && query.parameters.every((value, i) => value === parameters[i])) {
      this.texts.set(shape, query.sql);
    }
    return query;
  }
}
