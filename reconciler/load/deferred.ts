/**
 * Work that can wait for the process to wait: `halo plan` loads the desired-state tree (about 0.9 s of CPU at 1,000
 * classes, from the on-disk cache) before it observes the chain, yet the first refresh reads nothing of the tree,
 * and during its first large answers the process sits idle while the node works. A `Deferred` job runs when the
 * event loop has been idle for a moment once `whenIdle` was called (the process waiting on I/O, i.e. on the node),
 * or at the latest when its result is asked for (`get`). It runs once; its result or its error is kept.
 *
 * Nothing changes but when the job runs: the same function, the same result. See docs/reconciler-scale.md,
 * "Session 6 (boot14)".
 */
import { performance } from "node:perf_hooks";

/**
 * The job runs after the event loop has been (almost) idle for IDLE_INTERVALS consecutive intervals of QUIET_MS:
 * 40 ms, longer than a local node takes for a small round, so the job runs while the node works on a large one.
 */
export const QUIET_MS = 20;
const IDLE_INTERVALS = 2;
/**
 * Event-loop utilisation below which an interval counts as idle: 0.25, or 0.9 under node's CPU profiler
 * (`--cpu-prof`, in node's flags or NODE_OPTIONS). The profiler's sampler interrupts the loop's wait at every
 * sample (1 ms by default), and node then counts most of the wait as active: an idle loop reads 0.7 or more, a busy
 * one 1.0 (docs/reconciler-scale.md, "Session 7 (tree14)"). With 0.25 the job never ran in a profiled process, and
 * the profile showed the tree loading after the refresh instead of while the node works.
 */
export function idleUtilisation(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ""): number {
  const profiled = execArgv.includes("--cpu-prof") || /(^|\s)--cpu-prof(\s|$)/.test(nodeOptions);
  return profiled ? 0.9 : 0.25;
}

export class Deferred<T> {
  private outcome: { value: T } | { error: unknown } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private listeners: ((ok: boolean) => void)[] = [];

  constructor(private readonly job: () => T) {}

  /** True once the job has run (successfully or not). */
  get done(): boolean {
    return this.outcome !== undefined;
  }

  /** The job's value (running it now if it has not run); rethrows the job's error. */
  get(): T {
    if (this.outcome === undefined) this.run();
    const outcome = this.outcome!;
    if ("error" in outcome) throw outcome.error;
    return outcome.value;
  }

  /** Call `listener` when the job has run (true: it returned, false: it threw); at once if it already has. */
  onDone(listener: (ok: boolean) => void): void {
    if (this.outcome !== undefined) listener(!("error" in this.outcome));
    else this.listeners.push(listener);
  }

  /**
   * Run the job as soon as the event loop has been idle for two intervals of `quietMs` in a row (checked on a
   * timer that does not keep the process alive), unless `get` runs it first.
   */
  whenIdle(quietMs = QUIET_MS): void {
    if (this.outcome !== undefined || this.timer !== undefined) return;
    const threshold = idleUtilisation();
    let last = performance.eventLoopUtilization();
    let idle = 0;
    const check = (): void => {
      this.timer = undefined;
      if (this.outcome !== undefined) return;
      const now = performance.eventLoopUtilization();
      const interval = performance.eventLoopUtilization(now, last);
      last = now;
      idle = interval.utilization < threshold ? idle + 1 : 0;
      if (idle >= IDLE_INTERVALS) this.run();
      else this.schedule(check, quietMs);
    };
    this.schedule(check, quietMs);
  }

  private schedule(check: () => void, ms: number): void {
    this.timer = setTimeout(check, ms);
    this.timer.unref();
  }

  private run(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      this.outcome = { value: this.job() };
    } catch (error) {
      this.outcome = { error };
    }
    const ok = !("error" in this.outcome);
    for (const listener of this.listeners.splice(0)) listener(ok);
  }
}
