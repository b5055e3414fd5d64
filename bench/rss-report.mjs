// Preload (`node --import ./bench/rss-report.mjs …`): prints the process's peak resident set size
// to stderr as it exits, so the bench can measure any command without changing it.
process.on('exit', () => {
  process.stderr.write(`\nmaxRSS-kB ${process.resourceUsage().maxRSS}\n`);
});
