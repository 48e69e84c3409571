import { describe, expect, it } from "vitest";
import { nameFlowsMeanwhile } from "../../chain/lens-live.js";
import type { ClassRecord } from "../../chain/refresh-shared.js";

const turns = (n: number) => new Promise<void>((resolve) => {
  const go = (k: number) => (k === 0 ? resolve() : setImmediate(() => go(k - 1)));
  go(n);
});

describe("nameFlowsMeanwhile", () => {
  it("stops at a record that fails, without an uncaught exception, and names nothing after it", async () => {
    let asked = 0;
    const failing = new Proxy({} as ClassRecord, {
      get: () => {
        asked += 1;
        throw new Error("bad record");
      },
    });
    const errors: unknown[] = [];
    const onError = (e: unknown) => errors.push(e);
    process.on("uncaughtException", onError);
    try {
      nameFlowsMeanwhile([failing, failing], []);
      await turns(5);
    } finally {
      process.off("uncaughtException", onError);
    }
    expect(errors).toEqual([]);
    // the first record was tried, the second never
    expect(asked).toBe(1);
  });
});
