/**
 * Preloaded with `node --import` by the benchmark: when the process exits it
 * prints its peak resident memory on a marked line the benchmark reads.
 */
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
