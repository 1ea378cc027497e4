// Loaded with `node --import` in front of the CLI: reports the process's peak RSS on exit,
// so the bench measures the real bundled run without an external `time` tool.
process.on('exit', () => {
  process.stderr.write(`\nuclint-bench-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
