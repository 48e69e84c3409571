/**
 * plan/idle-steps.ts: steps run in the event loop's idle moments, in order, to the same result as at once; `finish`
 * runs what is left; an error ends them and is rethrown; a stopped runner runs nothing more; while the loop is busy
 * with other work the runner waits.
 */
import { describe, expect, it } from "vitest";
import { IdleSteps } from "../../plan/idle-steps.js";

function* counting(n: number, seen: number[]): Generator<void, number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    seen.push(i);
    sum += i;
    yield;
  }
  return sum;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("IdleSteps", () => {
  it("runs the steps while the process waits, in order, to the same result", async () => {
    const seen: number[] = [];
    const job = new IdleSteps(counting(2000, seen));
    job.start();
    expect(seen).toEqual([]); // nothing at once
    for (let i = 0; i < 100 && !job.done; i++) await sleep(20);
    expect(job.done).toBe(true);
    expect(seen).toEqual([...Array(2000).keys()]);
    expect(job.finish()).toBe((2000 * 1999) / 2);
  });

  it("finish runs what is left; stop runs nothing more", async () => {
    const seen: number[] = [];
    const job = new IdleSteps(counting(10, seen));
    job.start();
    job.stop();
    await sleep(100);
    expect(seen).toEqual([]);
    expect(job.finish()).toBe(45);
    expect(seen).toEqual([...Array(10).keys()]);
  });

  it("an error ends the steps and is rethrown by finish", () => {
    function* failing(): Generator<void, number> {
      yield;
      throw new Error("bad tree");
    }
    const job = new IdleSteps(failing());
    expect(() => job.finish()).toThrow("bad tree");
    expect(job.done).toBe(true);
  });

  it("waits while the event loop is busy with other work", async () => {
    const seen: number[] = [];
    const job = new IdleSteps(counting(5, seen));
    job.start();
    // 150 ms of busy turns (a timer every 5 ms, each busy for 4 ms): never two quiet intervals in a row
    const until = Date.now() + 150;
    while (Date.now() < until) {
      const t = Date.now() + 4;
      while (Date.now() < t);
      await sleep(1);
    }
    expect(seen).toEqual([]);
    for (let i = 0; i < 50 && !job.done; i++) await sleep(20);
    expect(job.done).toBe(true);
  });
});
