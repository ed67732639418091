// BullMQ on Redis, measured as bench_engine.c measures xsflow:
//   - no-op jobs per second: N jobs added first, then one Worker with
//     concurrency WORKERS started and timed until all N completed;
//   - three-step jobs per second (N/3 jobs): each step a durable write to
//     Redis (job.updateProgress) awaited before the next step;
//   - RSS of this process with an idle Worker (after the above, as for xsflow);
//   - enqueue-to-start latency on the idle Worker, p50 and p99: one job at
//     a time, from before queue.add() to the handler's first line, in this
//     process; the next job after the previous completed and 2 ms more.
// The durability is Redis's: run.sh starts it with appendonly yes,
// appendfsync everysec.
//
//   node bullmq.js REDIS-PORT N WORKERS
'use strict';
const { Queue, Worker } = require('bullmq');
const { now, sleep, rssKb, args, report, SAMPLES } = require('./common');

const { target, n, workers } = args('node bullmq.js REDIS-PORT N WORKERS');
const connection = { host: '127.0.0.1', port: Number(target), maxRetriesPerRequest: null };

async function addAll(queue, name, count) {
  for (let i = 0; i < count; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 500); j++)
      batch.push({ name, data: { i: j } });
    await queue.addBulk(batch);
  }
}

// Adds count jobs, then starts a worker and times until all completed.
async function throughput(qname, processor, count) {
  const queue = new Queue(qname, { connection });
  await queue.obliterate({ force: true });
  await addAll(queue, qname, count);
  const worker = new Worker(qname, processor, { connection, concurrency: workers, autorun: false });
  await worker.waitUntilReady();
  let done = 0, t1 = 0;
  const all = new Promise((resolve) => worker.on('completed', () => {
    if (++done === count) {
      t1 = now();
      resolve();
    }
  }));
  worker.on('failed', (job, err) => { throw err; });
  const t0 = now();
  worker.run();
  await all;
  await worker.close();
  await queue.close();
  return count / ((t1 - t0) / 1000);
}

async function main() {
  const noop = await throughput('noop', async () => ({ success: true }), n);
  const three = await throughput('three_steps', async (job) => {
    const data = [];
    for (let step = 1; step <= 3; step++) {
      await job.updateProgress({ step, data: step });
      data.push(step);
    }
    return { success: true, data };
  }, Math.max(1, Math.floor(n / 3)));

  // latency and memory with an idle worker
  const queue = new Queue('idle', { connection });
  await queue.obliterate({ force: true });
  let started = null;
  const worker = new Worker('idle', async () => {
    started(now());
    return { success: true };
  }, { connection, concurrency: workers });
  await worker.waitUntilReady();
  await sleep(500);
  const rss = rssKb();
  const lat = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = new Promise((r) => { started = r; });
    const finished = new Promise((r) => worker.once('completed', r));
    const t0 = now();
    await queue.add('idle', { i });
    lat.push((await start) - t0);
    await finished;
    await sleep(2); // idle again
  }
  await worker.close();
  await queue.close();
  report(noop, three, rss, lat);
}

main().then(() => process.exit(0), (e) => {
  console.error(`bullmq.js: ${e.stack || e}`);
  process.exit(1);
});
