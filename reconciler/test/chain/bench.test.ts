import { describe, expect, it } from "vitest";
import { benchRefresh } from "../../chain/bench.js";

describe("benchRefresh", () => {
  it("measures growing trees on fresh chains: more resources, the same requests and calls (the class lens)", async () => {
    const [small, big] = await benchRefresh([0, 3]);
    // 0: agent + Term class (its init/rate-limit pairs and freezer); 3: plus three Portfolio classes of two units
    expect(small!.portfolioClasses).toBe(0);
    expect(big!.units).toBe(6);
    expect(big!.resources).toBeGreaterThan(3 * small!.resources);
    // the class lens reads every class in one eth_call and the holders of every plain-AccessControl contract (the
    // Term class's NFAT contracts, the units) come from one role-log query per ADDRESSES_PER_QUERY (2,000) addresses: the calls stay flat
    expect(big!.rpcCalls).toBe(small!.rpcCalls);
    expect(small!.httpRequests).toBe(4);
    expect(big!.httpRequests).toBe(4);
    expect(big!.rounds).toBe(4);
  });
});
