/**
 * The store as the GraphQL pipeline sees it when metrics or traces are on: every call timed into
 * a histogram by method (`/metrics`), and/or run in a span that is a child of the span active
 * when it was made (the operation's `execute` span). With neither, the store is returned as it is:
 * no wrapper, no cost on the hot path.
 */
import { context, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import type { Histogram } from 'prom-client';
import type { Store } from '../data/index.js';

export interface StoreInstruments {
  /** Observes each call's duration in seconds, labelled by the store method. */
  callDuration?: Histogram<'method'> | undefined;
  /** Runs each call in a `store.<method>` span. */
  tracer?: Tracer | undefined;
}

export function instrumentStore(store: Store, instruments: StoreInstruments): Store {
  const { callDuration, tracer } = instruments;
  if (!callDuration && !tracer) return store;
  // One wrapper per method, made on first use: the proxy's `get` is a map look-up afterwards.
  const wrappers = new Map<PropertyKey, unknown>();
  const wrap = (method: string, call: (...args: unknown[]) => unknown) => {
    const timer = callDuration?.labels(method);
    return (...args: unknown[]): unknown => {
      const span = tracer?.startSpan(
        `store.${method}`,
        { kind: SpanKind.INTERNAL, attributes: { 'kg.store.method': method } },
        context.active(),
      );
      const startedAt = timer ? performance.now() : 0;
      const finish = (error?: unknown) => {
        timer?.observe((performance.now() - startedAt) / 1000);
        if (span) {
          if (error !== undefined) {
            span.recordException(error instanceof Error ? error : String(error));
            span.setStatus({ code: SpanStatusCode.ERROR });
          }
          span.end();
        }
      };
      let result: unknown;
      try {
        // The store's own work (its queries) runs inside the span, so anything it traces nests there.
        result = span ? context.with(trace.setSpan(context.active(), span), () => call.apply(store, args)) : call.apply(store, args);
      } catch (error) {
        finish(error);
        throw error;
      }
      if (result instanceof Promise) {
        return result.then(
          (value: unknown) => {
            finish();
            return value;
          },
          (error: unknown) => {
            finish(error ?? new Error('rejected'));
            throw error;
          },
        );
      }
      finish();
      return result;
    };
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      const known = wrappers.get(property);
      if (known) return known;
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const wrapper = wrap(property, value as (...args: unknown[]) => unknown);
      wrappers.set(property, wrapper);
      return wrapper;
    },
  });
}
