/**
 * load/deferred.ts: a job run once, when the event loop has been idle (the process waiting for the node) or when
 * its result is asked for, whichever comes first; its value or its error is kept.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { Deferred, QUIET_MS, idleUtilisation } from "../load/deferred.js";
import { repoRoot } from "./helpers.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Keep the event loop busy (synchronously) for `ms`. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
}

describe("Deferred", () => {
  it("runs the job once, at the first get, and keeps its value", () => {
    let runs = 0;
    const d = new Deferred(() => ++runs);
    expect(d.done).toBe(false);
    expect(runs).toBe(0);
    expect(d.get()).toBe(1);
    expect(d.get()).toBe(1);
    expect(runs).toBe(1);
    expect(d.done).toBe(true);
  });

  it("keeps the job's error and throws it at every get", () => {
    let runs = 0;
    const failure = new Error("the tree has errors");
    const d = new Deferred<number>(() => {
      runs++;
      throw failure;
    });
    expect(() => d.get()).toThrow(failure);
    expect(() => d.get()).toThrow(failure);
    expect(runs).toBe(1);
  });

  it("whenIdle runs the job once the event loop has been idle, before anyone asks", async () => {
    let runs = 0;
    const d = new Deferred(() => ++runs);
    d.whenIdle();
    expect(runs).toBe(0); // never synchronously
    await sleep(QUIET_MS * 10);
    expect(runs).toBe(1);
    expect(d.get()).toBe(1);
    expect(runs).toBe(1);
  });

  it("whenIdle waits while the event loop is busy (the process working, not waiting)", async () => {
    let runs = 0;
    const d = new Deferred(() => ++runs);
    d.whenIdle();
    // busy slices with short yields: the loop is never idle for two quiet intervals in a row
    for (let i = 0; i < 10; i++) {
      busy(QUIET_MS);
      await new Promise((r) => setImmediate(r));
    }
    expect(runs).toBe(0);
    await sleep(QUIET_MS * 10);
    expect(runs).toBe(1);
  });

  it("onDone tells every listener once, at once when the job has already run; get after whenIdle does not run it twice", async () => {
    const seen: string[] = [];
    const d = new Deferred(() => 7);
    d.onDone((ok) => seen.push(`first ${ok}`));
    d.whenIdle();
    expect(d.get()).toBe(7);
    d.onDone((ok) => seen.push(`late ${ok}`));
    await sleep(QUIET_MS * 5);
    expect(seen).toEqual(["first true", "late true"]);
    const failing = new Deferred<number>(() => {
      throw new Error("x");
    });
    failing.onDone((ok) => seen.push(`failing ${ok}`));
    expect(() => failing.get()).toThrow("x");
    expect(seen).toContain("failing false");
  });

  it("a refresh that works, then waits for a slow node: the job runs during the wait, before the answer is used; its error is known first", async () => {
    const order: string[] = [];
    /** A refresh: some work of its own in slices, then a request the node answers after 300 ms. */
    const refresh = async (): Promise<void> => {
      for (let i = 0; i < 5; i++) {
        busy(QUIET_MS);
        await new Promise((r) => setImmediate(r));
      }
      order.push("request sent");
      await sleep(300);
      order.push("answer used");
    };
    const ok = new Deferred(() => order.push("tree loaded"));
    ok.whenIdle();
    await refresh();
    expect(order).toEqual(["request sent", "tree loaded", "answer used"]);

    order.length = 0;
    const failing = new Deferred<number>(() => {
      order.push("tree failed");
      throw new Error("the tree has errors");
    });
    const failed = new Promise<string>((resolve) => failing.onDone((done) => resolve(done ? "ok" : "failed")));
    failing.whenIdle();
    const first = await Promise.race([failed, refresh().then(() => "refresh")]);
    expect(first).toBe("failed");
    expect(order).toEqual(["request sent", "tree failed"]);
    expect(() => failing.get()).toThrow("the tree has errors");
  });

  it("under node's CPU profiler an idle interval is one below 0.9 utilisation (the sampler wakes the loop), else below 0.25", () => {
    expect(idleUtilisation([], "")).toBe(0.25);
    expect(idleUtilisation(["--max-semi-space-size=32"], "--enable-source-maps")).toBe(0.25);
    expect(idleUtilisation(["--cpu-prof", "--cpu-prof-dir=/tmp/p"], "")).toBe(0.9);
    expect(idleUtilisation(["--cpu-prof-dir=/tmp/p"], "")).toBe(0.25);
    expect(idleUtilisation([], "--cpu-prof --cpu-prof-dir=/tmp/p")).toBe(0.9);
    expect(idleUtilisation([], "--cpu-prof-dir=/tmp/p")).toBe(0.25); // a directory alone does not profile
  });

  it("in a process under node's CPU profiler the job still runs while the process waits (it did not with 0.25)", () => {
    const dir = mkdtempSync(join(tmpdir(), "halo-deferred-prof-"));
    const script = join(dir, "wait.mts");
    writeFileSync(
      script,
      `import { Deferred } from ${JSON.stringify(pathToFileURL(join(repoRoot, "reconciler", "load", "deferred.ts")).href)};
const d = new Deferred(() => 1);
d.whenIdle();
await new Promise((r) => setTimeout(r, 400)); // the node working on an answer
process.stdout.write(d.done ? "ran while waiting" : "not run");
`,
    );
    const run = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", script], { cwd: repoRoot, encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("ran while waiting");
  }, 60_000);

  it("a pending whenIdle does not keep the process alive (its timer is unref'd)", () => {
    const d = new Deferred(() => 1);
    d.whenIdle();
    const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
    const timers = handles.filter((h) => (h as { constructor?: { name?: string } }).constructor?.name === "Timeout");
    expect(timers.every((t) => !(t as { hasRef(): boolean }).hasRef())).toBe(true);
    expect(d.get()).toBe(1);
  });
});
