// Prints one plain closing line, `tests: N passed, N failed, N skipped`, after jest's own
// summary, so logs can be read by tools that do not parse jest's format.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`;
    process.stdout.write(`${line}\n`);
  }
}
