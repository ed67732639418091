// graphile-worker on PostgreSQL, measured as bench_engine.c measures xsflow:
//   - no-op jobs per second: N jobs added first, then one runner with
//     concurrency WORKERS started and timed until all N were completed
//     (deleted from the job table, which is graphile-worker's completion);
//   - three-step jobs per second (N/3 jobs): each step an UPDATE of the
//     job's status row, its own commit, awaited before the next step;
//   - RSS of this process with an idle runner (after the above, as for xsflow);
//   - enqueue-to-start latency on the idle runner, p50 and p99: one job at a
//     time, from before addJob() to the task's first line, in this process
//     (the runner is woken by LISTEN/NOTIFY); the next job after the previous
//     completed and 2 ms more.
// Success is not logged (as xsflow does not log each run); errors are.
//
//   node graphile.js DB-URL N WORKERS
'use strict';
const { run, makeWorkerUtils, Logger } = require('graphile-worker');
const { now, sleep, rssKb, args, report, SAMPLES } = require('./common');

const { target, n, workers } = args('node graphile.js DB-URL N WORKERS');
const logger = new Logger(() => (level, message) => {
  if (level === 'error')
    console.error(`graphile-worker: ${message}`);
});
const base = { connectionString: target, concurrency: workers, noHandleSignals: true, logger };

async function pending(utils, task) {
  return utils.withPgClient(async (c) => Number((await c.query(
    'SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = $1', [task])).rows[0].n));
}

// Adds count jobs, then starts a runner and times until all are completed.
async function throughput(utils, task, taskList, count) {
  for (let i = 0; i < count; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 500); j++)
      batch.push({ identifier: task, payload: { i: j } });
    await utils.addJobs(batch);
  }
  let done = 0;
  const t0 = now();
  const runner = await run({ ...base, taskList });
  const all = new Promise((resolve) => runner.events.on('job:success', () => {
    if (++done === count)
      resolve();
  }));
  runner.events.on('job:failed', ({ error }) => { throw error; });
  await all;
  while (await pending(utils, task) > 0)
    await sleep(1);
  const t1 = now();
  await runner.stop();
  return count / ((t1 - t0) / 1000);
}

async function main() {
  const utils = await makeWorkerUtils({ connectionString: target, logger });
  await utils.migrate();
  const three_n = Math.max(1, Math.floor(n / 3));
  await utils.withPgClient(async (c) => {
    await c.query('DELETE FROM graphile_worker._private_jobs');
    await c.query('DROP TABLE IF EXISTS bench_status');
    await c.query('CREATE TABLE bench_status (id int PRIMARY KEY, step int NOT NULL, data jsonb)');
    await c.query('INSERT INTO bench_status SELECT g, 0, NULL FROM generate_series(0, $1::int - 1) g', [three_n]);
  });

  const noop = await throughput(utils, 'noop', { noop: async () => {} }, n);
  const three = await throughput(utils, 'three_steps', {
    three_steps: async (payload, helpers) => {
      for (let step = 1; step <= 3; step++)
        await helpers.query('UPDATE bench_status SET step = $2, data = $3 WHERE id = $1',
                            [payload.i, step, JSON.stringify({ success: true, data: step })]);
    },
  }, three_n);

  // latency and memory with an idle runner
  let started = null;
  const runner = await run({ ...base, taskList: { idle: async () => { started(now()); } } });
  await sleep(500);
  const rss = rssKb();
  const lat = [];
  for (let i = 0; i < SAMPLES; i++) {
    const start = new Promise((r) => { started = r; });
    const finished = new Promise((r) => runner.events.once('job:complete', r));
    const t0 = now();
    await runner.addJob('idle', { i });
    lat.push((await start) - t0);
    await finished;
    await sleep(2); // idle again
  }
  await runner.stop();
  await utils.release();
  report(noop, three, rss, lat);
}

main().then(() => process.exit(0), (e) => {
  console.error(`graphile.js: ${e.stack || e}`);
  process.exit(1);
});
