// Prints "<passed> <failed>" for a `forge test --json` result file (suites → test_results → status).
import { readFileSync } from "node:fs";
const suites = JSON.parse(readFileSync(process.argv[2], "utf8"));
let passed = 0;
let failed = 0;
for (const suite of Object.values(suites)) {
  for (const result of Object.values(suite.test_results ?? {})) {
    if (result.status === "Success") passed++;
    else failed++;
  }
}
console.log(`${passed} ${failed}`);
