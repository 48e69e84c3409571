/**
 * The class lens's answer reader (chain/rpc-fetch.ts `bodyText` and `parseRpcText`, every answer of the run): whatever the body, the value
 * is what `JSON.parse` gives; the all-results shape nodes send is read without a UTF-8 decode and without JSON.parse.
 */
import { describe, expect, it, vi } from "vitest";
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
