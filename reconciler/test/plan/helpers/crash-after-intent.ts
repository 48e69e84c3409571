// Child process for the journal test: records an intent, then dies by SIGKILL before sending anything.
import { Journal } from "../../../apply/journal.js";

const [dir, planHash, unit] = process.argv.slice(2) as [string, `0x${string}`, string];
const j = Journal.open(dir, planHash);
j.recordIntent(unit, "transaction", {
  tx: { to: "0x1111111111111111111111111111111111111111", value: "0", data: "0x1234", nonce: 7 },
});
process.kill(process.pid, "SIGKILL");
