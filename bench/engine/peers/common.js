// What the peers' benchmarks share: the clock, resident memory, quantiles
// and the "name value unit" lines that bench/engine/run.sh tabulates (the
// same lines bench_engine.c prints for xsflow).
'use strict';
const fs = require('fs');

const now = () => Number(process.hrtime.bigint()) / 1e6; // ms, monotonic
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function rssKb() {
  const m = /VmRSS:\s*(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : 0;
}

// The sample at the same index bench_engine.c takes: sorted[n * q].
function quantile(samples, q) {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.floor(s.length * q)];
}

function args(usage) {
  const a = process.argv.slice(2);
  if (a.length < 3) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return { target: a[0], n: Number(a[1]), workers: Number(a[2]) };
}

function report(noop, three, rss, lat) {
  console.log(`noop_runs_per_s ${noop.toFixed(0)} runs/s`);
  console.log(`three_step_runs_per_s ${three.toFixed(0)} runs/s`);
  console.log(`idle_rss ${rss} KiB`);
  console.log(`enqueue_to_start_p50 ${quantile(lat, 0.5).toFixed(3)} ms`);
  console.log(`enqueue_to_start_p99 ${quantile(lat, 0.99).toFixed(3)} ms`);
}

// Latency samples on an idle worker, as bench_engine.c takes them.
const SAMPLES = 300;

module.exports = { now, sleep, rssKb, quantile, args, report, SAMPLES };
