import { describe, expect, it } from "vitest";
import { profileMark, profilePrefix, profileRequest, profileSequence, profiling, startProfile, stopProfile } from "../../model/profile.js";

describe("stage profile", () => {
  it("records nothing and names nothing without a profile", () => {
    expect(profiling()).toBe(false);
    profileMark("x");
    profileRequest(3);
    expect(profileSequence("refresh")).toBe("");
    expect(profilePrefix()).toBe("");
    expect(stopProfile()).toEqual([]);
  });

  it("closes each stage at its mark, adds up marks of one name and counts requests per stage", async () => {
    startProfile();
    expect(profileSequence("refresh")).toBe("refresh 1");
    expect(profilePrefix()).toBe("refresh 1");
    profileRequest(2);
    profileRequest(5);
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += i % 7;
    expect(x).toBeGreaterThan(0);
    profileMark("a");
    await new Promise((r) => setTimeout(r, 30));
    profileMark("b");
    profileRequest(1);
    profileMark("a");
    expect(profileSequence("refresh")).toBe("refresh 2");
    const stages = stopProfile();
    expect(stages.map((s) => s.stage)).toEqual(["a", "b"]);
    const [a, b] = stages;
    expect(a!.count).toBe(2);
    expect(a!.httpRequests).toBe(3);
    expect(a!.rpcCalls).toBe(8);
    expect(a!.cpuMs).toBeGreaterThan(0);
    expect(b!.httpRequests).toBe(0);
    expect(b!.wallMs).toBeGreaterThanOrEqual(25);
    expect(b!.cpuMs).toBeLessThan(b!.wallMs);
    expect(profiling()).toBe(false);
  });
});
