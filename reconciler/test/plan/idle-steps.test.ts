/**
 * plan/idle-steps.ts: steps run in slices at the event loop's turns, in order, to the same result as at once;
 * `finish` runs what is left; an error ends them and is rethrown; a stopped runner runs nothing more; other callbacks
 * run between slices.
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
    expect(seen).toEqual([]); // nothing at once: at the loop's next turn
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

  it("gives the event loop a turn between slices: a timer runs before a long job ends", async () => {
    const seen: number[] = [];
    let atTimer = -1;
    function* slow(): Generator<void, number> {
      for (let i = 0; i < 40; i++) {
        // queued once the job runs (a timer queued before start could fire before the first slice)
        if (i === 0) setTimeout(() => (atTimer = seen.length), 0);
        const until = Date.now() + 1;
        while (Date.now() < until);
        seen.push(i);
        yield;
      }
      return 40;
    }
    const job = new IdleSteps(slow());
    job.start();
    for (let i = 0; i < 100 && !job.done; i++) await sleep(10);
    expect(job.finish()).toBe(40);
    // the timer ran after the first step and before the last one
    expect(atTimer).toBeGreaterThan(0);
    expect(atTimer).toBeLessThan(40);
  });
});
