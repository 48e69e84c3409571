/**
 * Work split into steps (an iterator), run while the process waits: `halo plan` computes its desired side this way
 * while the node answers the refresh's live stage (plan/desired-side.ts). The runner runs steps for up to SLICE_MS at
 * each turn of the event loop (an immediate), so an answer that arrives waits for at most one slice, and the slices
 * fill the moments the loop would wait. It does not try to tell idle moments from busy ones: a slice that delays the
 * refresh is work taken off the time after the refresh, so it costs nothing in total, and one that runs while the
 * loop would wait is won. (Measuring the loop's idleness, load/deferred.ts's way, was tried: on a loaded machine and
 * under the CPU profiler the runner then ran in a tenth of the idle time; docs/reconciler-scale.md, Session 9 (plan15).)
 * `finish` runs what is left at once.
 *
 * Nothing changes but when the steps run: the same steps in the same order, the same result.
 */
import { performance } from "node:perf_hooks";

/** Longest run of steps before the runner gives the event loop a turn. */
const SLICE_MS = 4;

export class IdleSteps<T> {
  private outcome: { value: T } | { error: unknown } | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private stopped = false;
  /** Steps run so far. */
  steps = 0;

  constructor(private readonly iterator: Iterator<unknown, T>) {}

  /** True once the steps have ended (returned or thrown). */
  get done(): boolean {
    return this.outcome !== undefined;
  }

  /** Start running steps, a slice at each turn of the event loop. */
  start(): void {
    if (!this.stopped && this.outcome === undefined && this.immediate === undefined) this.next();
  }

  /** Stop running steps (what ran is kept; `finish` can still run the rest). */
  stop(): void {
    if (this.immediate !== undefined) clearImmediate(this.immediate);
    this.immediate = undefined;
    this.stopped = true;
  }

  /** Runs what is left now: the result, or the steps' error. */
  finish(): T {
    this.stop();
    while (this.outcome === undefined) this.step();
    if ("error" in this.outcome) throw this.outcome.error;
    return this.outcome.value;
  }

  private step(): void {
    try {
      this.steps++;
      const next = this.iterator.next();
      if (next.done === true) this.outcome = { value: next.value };
    } catch (error) {
      this.outcome = { error };
    }
  }

  /**
   * The next slice at the loop's next turn. Not unref'd: an unref'd immediate does not stop the loop from blocking in
   * its wait for I/O, so slices then ran only when some other event woke it (a tenth of the idle time). The steps
   * are finite: a process whose `observe` failed waits for them to end.
   */
  private next(): void {
    this.immediate = setImmediate(() => {
      this.immediate = undefined;
      if (this.stopped) return;
      const end = performance.now() + SLICE_MS;
      do this.step();
      while (this.outcome === undefined && performance.now() < end);
      if (this.outcome === undefined) this.next();
    });
  }
}
