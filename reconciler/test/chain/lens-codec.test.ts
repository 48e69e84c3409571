/**
 * The hand-written codecs of the scale work (issue 14) against viem's generic ones: the same bytes, the same
 * values, for the shapes they take and for the shapes they hand back to viem.
 */
import { type Address, type Hex, encodeAbiParameters, keccak256 } from "viem";
import { describe, expect, it } from "vitest";
import { assetCounterpartyKey } from "../../chain/names.js";

const ID = `0x${"ab".repeat(32)}` as Hex;
const A: Address = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
const B: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

describe("assetCounterpartyKey", () => {
  it("equals keccak256(abi.encode(bytes32, address, address)), in any letter case, asked twice", () => {
    const viem = keccak256(
      encodeAbiParameters([{ type: "bytes32" }, { type: "address" }, { type: "address" }], [ID, A, B]),
    );
    expect(assetCounterpartyKey(ID, A, B)).toBe(viem);
    expect(assetCounterpartyKey(ID, A.toLowerCase() as Address, B)).toBe(viem);
    expect(assetCounterpartyKey(ID.toUpperCase().replace("0X", "0x") as Hex, A, B)).toBe(viem);
    expect(assetCounterpartyKey(ID, B, A)).not.toBe(viem);
  });

  it("refuses a malformed input as viem does", () => {
    expect(() => assetCounterpartyKey(ID, "0x1234" as Address, B)).toThrow();
  });
});
