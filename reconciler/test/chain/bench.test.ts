import { describe, expect, it } from "vitest";
import { benchRefresh } from "../../chain/bench.js";

describe("benchRefresh", () => {
  it("measures growing trees on fresh chains: more resources and calls, the same requests", async () => {
    const [small, big] = await benchRefresh([0, 3]);
    // 0: agent + Term class (its init/rate-limit pairs and freezer); 3: plus three Portfolio classes of two units
    expect(small!.portfolioClasses).toBe(0);
    expect(big!.units).toBe(6);
    expect(big!.resources).toBeGreaterThan(3 * small!.resources);
    expect(big!.rpcCalls).toBeGreaterThan(small!.rpcCalls);
    expect(small!.httpRequests).toBe(4);
    expect(big!.httpRequests).toBe(4);
    expect(big!.rounds).toBe(4);
  });
});
