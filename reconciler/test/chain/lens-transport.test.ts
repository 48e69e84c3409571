/**
 * The class lens's answer reader (chain/rpc-fetch.ts `bodyText` and `parseRpcText`, every answer of the run): whatever the body, the value
 * is what `JSON.parse` gives; the all-results shape nodes send is read without a UTF-8 decode and without JSON.parse.
 */
import { describe, expect, it, vi } from "vitest";
import { type Hex, decodeAbiParameters, encodeAbiParameters } from "viem";
import { decodeLensAnswer } from "../../chain/lens-decode.js";
import { hexBytes, viemString } from "../../chain/lens-pack.js";
import { decodePackedPage } from "../../chain/registry-packed.js";
import { bodyText, parseRpcText } from "../../chain/rpc-fetch.js";

const parseRpcBody = (body: Buffer) => parseRpcText(bodyText(body));

const hex = (n: number, seed: number) =>
  `0x${Array.from({ length: n }, (_, i) => ((i * 7 + seed * 13) % 256).toString(16).padStart(2, "0")).join("")}`;
const both = (text: string) => {
  const body = Buffer.from(text, "utf8");
  return { ours: parseRpcBody(body), reference: JSON.parse(text) as unknown };
};

describe("parseRpcText", () => {
  it("reads batches and single answers of hex results as JSON.parse does", () => {
    const bodies = [
      JSON.stringify([{ jsonrpc: "2.0", id: 1, result: hex(3000, 1) }]),
      JSON.stringify([1, 2, 3, 4, 5, 6].map((id) => ({ jsonrpc: "2.0", id: id * 1000, result: hex(id * 517, id) }))),
      JSON.stringify({ jsonrpc: "2.0", id: 0, result: "0x" }),
      JSON.stringify({ jsonrpc: "2.0", id: 42, result: "0xABCdef0123" }),
      JSON.stringify([{ jsonrpc: "2.0", id: 7, result: "0x" }, { jsonrpc: "2.0", id: 8, result: hex(1, 2) }]),
    ];
    for (const text of bodies) {
      const { ours, reference } = both(text);
      expect(ours).toEqual(reference);
    }
    // and without JSON.parse: the point of the reader (a fallback for everything would pass the comparison above)
    const parse = vi.spyOn(JSON, "parse");
    try {
      for (const text of bodies) parseRpcText(text);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it("gives every other body to JSON.parse: errors, white space, another member order, escapes, non-hex, other values", () => {
    const bodies = [
      JSON.stringify([{ jsonrpc: "2.0", id: 1, error: { code: 3, message: "execution reverted", data: "0x12" } }]),
      JSON.stringify([
        { jsonrpc: "2.0", id: 1, result: "0x12" },
        { jsonrpc: "2.0", id: 2, error: { code: -32000, message: "out of gas" } },
      ]),
      JSON.stringify([{ jsonrpc: "2.0", id: 1, result: "0x12" }], null, 2),
      '[{"id":1,"jsonrpc":"2.0","result":"0x12"}]',
      '[{"jsonrpc":"2.0","id":1,"result":"0x\\u0031\\u0032"}]',
      '[{"jsonrpc":"2.0","id":1,"result":"0x1g"}]',
      '[{"jsonrpc":"2.0","id":1,"result":"12"}]',
      '[{"jsonrpc":"2.0","id":1,"result":null}]',
      '[{"jsonrpc":"2.0","id":"a","result":"0x12"}]',
      '[{"jsonrpc":"2.0","id":1,"result":"0x12","extra":1}]',
      '[{"jsonrpc":"2.0","id":1,"result":"0x12"} ]',
      "[]",
      '{"jsonrpc":"2.0","id":1,"result":{"number":"0x1"}}',
      '"0x12"',
      JSON.stringify([{ jsonrpc: "2.0", id: 1, result: "0x12" }, { jsonrpc: "2.0", id: 2, result: "naïve €" }]),
      '[{"jsonrpc":"2.0","id":1,"result":"0x12"},{"jsonrpc":"2.0","id":1e3,"result":"0x12"}]',
      String.raw`[{"jsonrpc":"2.0","id":1,"result":"0x1\n2"}]`,
    ];
    for (const text of bodies) {
      const { ours, reference } = both(text);
      expect(ours, text).toEqual(reference);
    }
  });

  it("refuses what JSON.parse refuses", () => {
    const refused = [
      '[{"jsonrpc":"2.0","id":1,"result":"0x12"}',
      '[{"jsonrpc":"2.0","id":01,"result":"0x12"}]',
      "",
      '[{"jsonrpc":"2.0","id":1,"result":"0x1\n2"}]', // a raw line break inside a string
    ];
    for (const text of refused) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(() => parseRpcBody(Buffer.from(text)), text).toThrow();
    }
  });
});

describe("a result's hex is checked by its reader, not by the transport", () => {
  // parseRpcText gives any plain string result as JSON.parse does (hex or not); the lens decoders refuse a result
  // that is not `0x` and whole bytes of hex, with the errors they give for JSON.parse's value
  const page = (bytes: string) => {
    // abi.encode(bytes) of one packed registry page of 0 agents (list code 2, count 0)
    const value = `02${"00".repeat(4)}`;
    return `0x${(32).toString(16).padStart(64, "0")}${(value.length / 2).toString(16).padStart(64, "0")}${value.padEnd(64, "0")}${bytes}`;
  };
  const good = page("");
  const results = {
    good,
    upper: good.toUpperCase().replace("0X", "0x"),
    mixed: good.replace(/a|b|c|d|e|f|2/g, (c) => c.toUpperCase()),
    "0X prefix": good.replace("0x", "0X"),
    "0x alone": "0x",
    empty: "",
    "odd length": `${good}0`,
    "non-hex digit": `${good.slice(0, -2)}0g`,
    "non-hex pair at the start": `0xzz${good.slice(4)}`,
    "a space": `${good.slice(0, 10)} ${good.slice(11)}`,
    "no 0x": good.slice(2),
    "non-ASCII": `${good.slice(0, -2)}é0`,
    "beyond latin1, its low byte a digit": `${good.slice(0, -2)}\u01310`,
  };
  const outcome = (f: () => unknown) => {
    try {
      return { value: f() };
    } catch (error) {
      return { error: `${(error as Error).name}: ${(error as Error).message}` };
    }
  };

  it("the value is JSON.parse's, and the decoders accept and refuse exactly as on JSON.parse's value", () => {
    for (const [what, result] of Object.entries(results)) {
      const text = JSON.stringify([{ jsonrpc: "2.0", id: 1, result }]);
      const ours = parseRpcBody(Buffer.from(text, "utf8")) as { result: Hex }[];
      const reference = JSON.parse(text) as { result: Hex }[];
      expect(ours, what).toEqual(reference);
      const data = ours[0]!.result;
      const packed = outcome(() => decodePackedPage("agents", data));
      expect(packed, what).toEqual(outcome(() => decodePackedPage("agents", reference[0]!.result)));
      expect(outcome(() => decodeLensAnswer(data)), what).toEqual(outcome(() => decodeLensAnswer(reference[0]!.result)));
      // a weakened check fails here: only whole bytes of hex after a 0x prefix in either case decode
      if (["good", "upper", "mixed", "0X prefix"].includes(what)) expect(packed, what).toEqual({ value: [] });
      else if (what === "0x alone") expect(packed, what).toEqual({ error: "PackedPageError: the lens answer is not one bytes value" });
      else expect(packed, what).toEqual({ error: "PackedPageError: the lens answer is not hex" });
    }
  });

  it("hexBytes: 0x (either case) and an even number of hex digits in either case, else the caller's error", () => {
    const fail = (reason: string) => new Error(reason);
    expect(hexBytes("0x" as Hex, fail)).toEqual(Buffer.alloc(0));
    expect(hexBytes("0xABcd01" as Hex, fail)).toEqual(Buffer.from([0xab, 0xcd, 0x01]));
    for (const bad of ["0xabc", "0xab0g", "0xgg", "0x ab", "ab", "", "0xabcdé0", "0x\u0000\u0000", "0xab\u00e9", "0x0\u0100", "0x\u0131\u0131", "0xab\u01310"])
      expect(() => hexBytes(bad as Hex, fail), JSON.stringify(bad)).toThrow("the lens answer is not hex");
  });
});

describe("viemString (the lenses' strings)", () => {
  it("equals viem's decoding of the same bytes: ASCII (read as latin1), leading NULs, UTF-8, malformed UTF-8, 0x7f / 0x80", () => {
    let seed = 15;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    const cases: number[][] = [[], [0], [0, 0], [0, 65], [65, 0], [0x7f], [0x80], [0xc3, 0xa9], [0xc3], [0xe2, 0x82], [0xff, 65], [65, 0xc3]];
    for (let i = 0; i < 400; i++) {
      const n = Math.floor(rnd() * 40);
      const top = [0x80, 0x100, 0x7f][i % 3]!; // ASCII only, any byte, or ASCII below DEL
      cases.push(Array.from({ length: n }, () => (rnd() < 0.1 ? 0 : Math.floor(rnd() * top))));
    }
    for (const bytes of cases) {
      const raw = Buffer.from(bytes);
      // viem decodes the ABI string of these bytes; viemString reads them in place, here at an offset
      const encoded = encodeAbiParameters([{ type: "bytes" }], [`0x${raw.toString("hex")}`]);
      const [expected] = decodeAbiParameters([{ type: "string" }], encoded);
      const around = Buffer.concat([Buffer.from([0x41, 0xc3]), raw, Buffer.from([0x80, 0x42])]);
      expect(viemString(around, 2, 2 + raw.length), JSON.stringify(bytes)).toBe(expected);
    }
  });
});
