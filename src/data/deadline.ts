/**
 * The moment by which the work for one request must stop, for the store calls and the long loops
 * (walks, searches, cover searches) that work for it.
 *
 * It is read from the clock, not only signalled by a timer: the SQLite store answers synchronously
 * and the analyses loop synchronously, so while they work no timer can fire — a request that only
 * waited for one would run to its end, however long. Loops call `tick()` (cheap: it reads the clock
 * every `TICKS_PER_CLOCK_READ` calls) and stop, by throwing the deadline's reason, once it has passed.
 */
export class Deadline {
  private reasonGiven: Error | undefined;
  private ticks = 0;
  private readonly controller = new AbortController();

  /**
   * @param at When the work must stop, on the `performance.now()` clock.
   * @param reason Makes the error the work stops with (made once, when the deadline is first found passed).
   */
  constructor(
    readonly at: number,
    private readonly reason: () => Error,
  ) {}

  /** A deadline `ms` milliseconds from now. */
  static after(ms: number, reason: () => Error): Deadline {
    return new Deadline(performance.now() + ms, reason);
  }

  /** Aborted as soon as the deadline is found passed (by `expire`, `expired`, `check` or `tick`), for work that can listen. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the deadline has passed (reading the clock). */
  get expired(): boolean {
    if (this.reasonGiven) return true;
    if (performance.now() < this.at) return false;
    this.expire();
    return true;
  }

  /** Marks the deadline passed now (a timer that did get to fire, or a caller giving up). */
  expire(): void {
    if (this.reasonGiven) return;
    this.reasonGiven = this.reason();
    this.controller.abort(this.reasonGiven);
  }

  /** The error the work stopped with, once the deadline has passed. */
  get error(): Error | undefined {
    return this.expired ? this.reasonGiven : undefined;
  }

  /** Throws the deadline's error once it has passed. */
  check(): void {
    if (this.expired) throw this.reasonGiven!;
  }

  /** `check()` for tight loops: reads the clock once every `TICKS_PER_CLOCK_READ` calls. */
  tick(): void {
    if (++this.ticks % TICKS_PER_CLOCK_READ === 0 || this.reasonGiven) this.check();
  }
}

/** A loop step costs about as much as a clock read: reading it every 64th step keeps the check cheap and still stops within microseconds. */
export const TICKS_PER_CLOCK_READ = 64;

/** `deadline.check()`, for work that may have no deadline (the CLI, benchmarks). */
export function checkDeadline(deadline: Deadline | undefined): void {
  deadline?.check();
}
