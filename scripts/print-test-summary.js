// Prints Jest's totals as one plain closing line ("tests: N passed, N failed") for CI logs.
const fs = require("node:fs");
const file = process.argv[2] ?? "out/jest-results.json";
const r = JSON.parse(fs.readFileSync(file, "utf8"));
console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
process.exit(r.numFailedTests === 0 && r.numTotalTests > 0 ? 0 : 1);
