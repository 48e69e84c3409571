import { describe, expect, it } from "vitest";
import { withoutTraces } from "./profile-plan.js";

describe("withoutTraces", () => {
  it("empties every traces array of an anvil state dump and keeps everything else byte for byte", () => {
    const dump = {
      block: { number: "0x2" },
      transactions: [
        {
          info: { traces: [{ a: [1, [2, { b: "]}[{" }]], s: 'quote \\" ] inside' }], out: "0x01" },
          receipt: { logs: [{ topics: ["0xaa"] }] },
        },
        { info: { traces: [], out: "0x" }, receipt: { logs: [] } },
        { info: { traces: [[[]], "x"] }, receipt: { status: "0x1" } },
      ],
    };
    const out = JSON.parse(withoutTraces(Buffer.from(JSON.stringify(dump))).toString("utf8"));
    expect(out).toEqual({
      block: { number: "0x2" },
      transactions: [
        { info: { traces: [], out: "0x01" }, receipt: { logs: [{ topics: ["0xaa"] }] } },
        { info: { traces: [], out: "0x" }, receipt: { logs: [] } },
        { info: { traces: [] }, receipt: { status: "0x1" } },
      ],
    });
    expect(withoutTraces(Buffer.from('{"a":1}')).toString()).toBe('{"a":1}');
    expect(() => withoutTraces(Buffer.from('{"traces":[1,'))).toThrow(/unterminated/);
  });
});
