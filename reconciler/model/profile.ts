/**
 * Stage timings for the benchmarks (bench/profile-plan.ts): off, and free, unless a benchmark starts a profile.
 * While one runs, `profileMark(stage)` closes the stage that ran since the previous mark and records its wall
 * time, this process's CPU time (user + system), the node's CPU time (from /proc, when the benchmark gives the
 * node's pid), the HTTP requests and JSON-RPC calls sent (`profileRequest`, called by chain/rpc.ts's counting
 * client) and the garbage collection that happened inside it (attributed by the GC's start time).
 *
 * Stages are sequential by construction: the refresh and `observe` await each round before the next, so the time
 * between two marks belongs to the stage the second mark names. Marks with the same name add up.
 */
import { readFileSync } from "node:fs";
import { PerformanceObserver, performance } from "node:perf_hooks";

export interface StageTiming {
  stage: string;
  /** How many marks of this name were added up. */
  count: number;
  wallMs: number;
  /** CPU time of this process (user + system). */
  cpuMs: number;
  /** CPU time of the node during the stage (0 when its pid is unknown). */
  nodeCpuMs: number;
  /** Garbage-collection pauses that started inside the stage (part of cpuMs). */
  gcMs: number;
  httpRequests: number;
  rpcCalls: number;
}

interface Interval {
  stage: string;
  start: number;
  end: number;
}

class Recorder {
  readonly stages = new Map<string, StageTiming>();
  readonly intervals: Interval[] = [];
  readonly gc: { start: number; duration: number }[] = [];
  private lastWall = performance.now();
  private lastCpu = process.cpuUsage();
  private lastNode: number;
  private requests = 0;
  private calls = 0;
  private readonly sequences = new Map<string, number>();
  /** The latest `profileSequence` name, which nested stages prefix (`profilePrefix`). */
  current = "";
  private readonly observer: PerformanceObserver;

  constructor(private readonly nodePid: number | undefined) {
    this.lastNode = this.nodeCpu();
    this.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.gc.push({ start: e.startTime, duration: e.duration });
    });
    this.observer.observe({ entryTypes: ["gc"] });
  }

  nodeCpu(): number {
    if (this.nodePid === undefined) return 0;
    try {
      // utime and stime, fields 14 and 15 of proc(5), counted after the command name; clock ticks of 10 ms
      const fields = readFileSync(`/proc/${this.nodePid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return 0;
    }
  }

  next(kind: string): number {
    const n = (this.sequences.get(kind) ?? 0) + 1;
    this.sequences.set(kind, n);
    this.current = `${kind} ${n}`;
    return n;
  }

  request(calls: number): void {
    this.requests += 1;
    this.calls += calls;
  }

  mark(stage: string): void {
    const wall = performance.now();
    const cpu = process.cpuUsage(this.lastCpu);
    const node = this.nodeCpu();
    const t = this.stages.get(stage) ?? {
      stage,
      count: 0,
      wallMs: 0,
      cpuMs: 0,
      nodeCpuMs: 0,
      gcMs: 0,
      httpRequests: 0,
      rpcCalls: 0,
    };
    t.count += 1;
    t.wallMs += wall - this.lastWall;
    t.cpuMs += (cpu.user + cpu.system) / 1000;
    t.nodeCpuMs += node - this.lastNode;
    t.httpRequests += this.requests;
    t.rpcCalls += this.calls;
    this.stages.set(stage, t);
    this.intervals.push({ stage, start: this.lastWall, end: wall });
    this.lastWall = wall;
    this.lastCpu = process.cpuUsage();
    this.lastNode = node;
    this.requests = 0;
    this.calls = 0;
  }

  /** Stop observing; attribute every GC pause to the stage it started in. */
  finish(): StageTiming[] {
    this.observer.disconnect();
    for (const g of this.gc) {
      const i = this.intervals.find((x) => g.start >= x.start && g.start < x.end);
      if (i !== undefined) this.stages.get(i.stage)!.gcMs += g.duration;
    }
    return [...this.stages.values()];
  }
}

let active: Recorder | undefined;

/** Start recording (one profile at a time); `nodePid` is the node's process, for its CPU time. */
export function startProfile(options: { nodePid?: number } = {}): void {
  active?.finish();
  active = new Recorder(options.nodePid);
}

/** Stop recording and return the stages in the order of their first mark. */
export function stopProfile(): StageTiming[] {
  const r = active;
  active = undefined;
  return r?.finish() ?? [];
}

/** Close the stage that ran since the previous mark (or the start), under this name. No-op without a profile. */
export function profileMark(stage: string): void {
  active?.mark(stage);
}

/** Count one HTTP request carrying `calls` JSON-RPC calls in the current stage. No-op without a profile. */
export function profileRequest(calls: number): void {
  active?.request(calls);
}

/** `kind N`: the how-manieth `kind` (e.g. "refresh") of this profile, for stage names; "" without a profile. */
export function profileSequence(kind: string): string {
  return active === undefined ? "" : `${kind} ${active.next(kind)}`;
}

/** The latest `profileSequence` name ("refresh 2"), for stages nested in it; "" without a profile. */
export function profilePrefix(): string {
  return active?.current ?? "";
}

/** Whether a profile is being recorded (to skip building stage names that nobody reads). */
export function profiling(): boolean {
  return active !== undefined;
}
