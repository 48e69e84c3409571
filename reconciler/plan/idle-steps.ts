/**
 * Work split into steps (an iterator), run while the process waits: `halo plan` computes its desired side this way
 * while the node answers the refresh's live stage (plan/desired-side.ts). The runner waits until the event loop has
 * been quiet for two intervals of QUIET_MS (load/deferred.ts's measure and threshold), then runs steps back to back
 * for up to SLICE_MS at a time, and goes on after an immediate only when nothing else ran in between; when something
 * did (an answer arrived, the refresh works again), it waits for one quiet interval of RESUME_MS. The refresh is thus
 * delayed by at most one slice each time it wakes up. `finish` runs what is left at once.
 *
 * Nothing changes but when the steps run: the same steps in the same order, the same result.
 */
import { performance } from "node:perf_hooks";
import { QUIET_MS, idleUtilisation } from "../load/deferred.js";

/** Longest run of steps before the runner gives the event loop a turn. */
export const SLICE_MS = 4;
/**
 * Time the event loop spent on other work between two slices above which the runner waits for quiet again (a socket's
 * data event costs less; being descheduled on a loaded machine also counts, about 0.05-0.2 ms measured otherwise).
 */
const OTHERS_MS = 2;
/** After other work, the quiet interval the runner waits for before its next slice. */
const RESUME_MS = 10;
/**
 * Utilisation below which that interval counts as quiet: the loop waited for a quarter of it. An idle loop reads
 * 0.01-0.1, or about 0.65 under node's CPU profiler (its sampling wakes the loop; docs/reconciler-scale.md,
 * "Session 7 (tree14)"); a loop working on answers reads about 1.
 */
const RESUME_UTILISATION = 0.75;

export class IdleSteps<T> {
  private outcome: { value: T } | { error: unknown } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private stopped = false;
  /** Steps run so far. */
  steps = 0;

  constructor(private readonly iterator: Iterator<unknown, T>) {}

  /** True once the steps have ended (returned or thrown). */
  get done(): boolean {
    return this.outcome !== undefined;
  }

  /** Start running steps in the event loop's idle moments. */
  start(): void {
    if (!this.stopped && this.outcome === undefined) this.waitForQuiet(QUIET_MS, 2, idleUtilisation());
  }

  /** Stop running steps (what ran is kept; `finish` can still run the rest). */
  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.immediate !== undefined) clearImmediate(this.immediate);
    this.timer = undefined;
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

  /** Run a slice after `intervals` intervals of `ms` in a row in which the event loop's utilisation was below `threshold`. */
  private waitForQuiet(ms: number, intervals: number, threshold: number): void {
    let last = performance.eventLoopUtilization();
    let quiet = 0;
    const check = (): void => {
      this.timer = undefined;
      if (this.stopped || this.outcome !== undefined) return;
      const now = performance.eventLoopUtilization();
      quiet = performance.eventLoopUtilization(now, last).utilization < threshold ? quiet + 1 : 0;
      last = now;
      if (quiet >= intervals) this.slice();
      else this.timer = setTimeout(check, ms).unref();
    };
    this.timer = setTimeout(check, ms).unref();
  }

  private slice(): void {
    const end = performance.now() + SLICE_MS;
    do this.step();
    while (this.outcome === undefined && performance.now() < end);
    if (this.outcome !== undefined) return;
    const mark = performance.eventLoopUtilization();
    this.immediate = setImmediate(() => {
      this.immediate = undefined;
      if (this.stopped) return;
      // other callbacks ran since the slice ended: the process has work again, wait for quiet
      if (performance.eventLoopUtilization(performance.eventLoopUtilization(), mark).active > OTHERS_MS) this.waitForQuiet(RESUME_MS, 1, RESUME_UTILISATION);
      else this.slice();
    }).unref();
  }
}
