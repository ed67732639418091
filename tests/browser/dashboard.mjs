// The dashboard in a real browser: Debian's chromium, driven by
// playwright-core, against a running `xsflow serve`. Run by
// tests/suites/dashboard.sh; by hand:
//
//   node tests/browser/dashboard.mjs --url http://127.0.0.1:PORT \
//       --expect 1=Complete,2=Partial --partial 2 --step team_roster \
//       --error "roster down" [--token T] [--markup TEXT] [--schedule TASK] \
//       [--enqueue NAME] [--cancel NAME] [--xsflow BIN --workspace DIR --db URL]
//       [--screenshot FILE.png]
//
// Checks: the runs list shows each expected run with its status; with
// --token, the token form comes first, a wrong token is refused and the
// right one loads the list; the filters; a run queued meanwhile (--enqueue)
// appears without a reload; polling stops while the tab is hidden; the
// Partial run's page shows the failed step as failed with its error text,
// and text with markup (--markup) as text; Retry queues it again; Cancel
// stops a run of NAME (--cancel) while it runs; the schedules page lists
// TASK. Any error on the page's console fails too.
// Saves a screenshot of the run's page. Exits 1 with "dashboard: FAIL: ..."
// on the first failed check, 2 on bad usage.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const CHROMIUM = process.env.XS_CHROMIUM || '/usr/bin/chromium';
const WAIT_MS = 10000;

let opts;
try {
    opts = parseArgs({
        options: {
            url: { type: 'string' },
            token: { type: 'string' },
            expect: { type: 'string', default: '' },
            partial: { type: 'string' },
            step: { type: 'string' },
            error: { type: 'string' },
            markup: { type: 'string' },
            schedule: { type: 'string' },
            cancel: { type: 'string' },
            enqueue: { type: 'string' },
            xsflow: { type: 'string' },
            workspace: { type: 'string' },
            db: { type: 'string' },
            screenshot: { type: 'string' },
        },
    }).values;
    if (!opts.url || !opts.partial || !opts.step || !opts.error)
        throw new Error('--url, --partial, --step and --error are required');
    if ((opts.enqueue || opts.cancel) && !(opts.xsflow && opts.workspace && opts.db))
        throw new Error('--enqueue and --cancel need --xsflow, --workspace and --db');
} catch (e) {
    console.error(`dashboard: ${e.message}`);
    process.exit(2);
}

class CheckFailed extends Error {}

function check(ok, message) {
    if (!ok)
        throw new CheckFailed(message);
}

// Waits for a locator to be visible; fails with message otherwise.
async function visible(locator, message) {
    try {
        await locator.first().waitFor({ state: 'visible', timeout: WAIT_MS });
    } catch {
        throw new CheckFailed(`${message} (not visible within ${WAIT_MS / 1000} s)`);
    }
}

// Polls fn (async, returns truthy when done) for WAIT_MS.
async function until(fn, message) {
    const end = Date.now() + WAIT_MS;
    for (;;) {
        if (await fn())
            return;
        if (Date.now() > end)
            throw new CheckFailed(`${message} (gave up after ${WAIT_MS / 1000} s)`);
        await new Promise((r) => setTimeout(r, 100));
    }
}

if (!existsSync(CHROMIUM)) {
    console.error(`dashboard: FAIL: no browser at ${CHROMIUM} (scripts/deps installs chromium)`);
    process.exit(1);
}

let chromium;
try {
    ({ chromium } = await import('playwright-core'));
} catch (e) {
    console.error(`dashboard: FAIL: cannot load playwright-core (run scripts/deps): ${e.message}`);
    process.exit(1);
}

const shot = opts.screenshot || join(process.env.TMP || tmpdir(), 'xsflow-dashboard.png');
const base = opts.url.replace(/\/+$/, '');
const expected = opts.expect.split(',').filter(Boolean).map((p) => {
    const [id, status] = p.split('=');
    return { id, status };
});
const consoleErrors = [];

const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    timeout: 30000,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.setDefaultTimeout(WAIT_MS);
page.on('pageerror', (e) => consoleErrors.push(`page error: ${e.message}`));
page.on('console', (m) => {
    if (m.type() !== 'error')
        return;
    // The browser logs each refused request itself: expected before the token is given.
    if (opts.token && /status of 401/.test(m.text()))
        return;
    consoleErrors.push(`console: ${m.text()}`);
});

const rowOf = (id) => page.locator(`#runs tbody tr[data-run-id="${id}"]`);

try {
    // /_xsflow redirects to the folder, where the page's files are.
    const resp = await page.goto(`${base}/_xsflow`);
    check(resp && resp.ok(), `GET /_xsflow: status ${resp && resp.status()}`);
    check(new URL(page.url()).pathname === '/_xsflow/',
          `GET /_xsflow did not land on /_xsflow/ but on ${page.url()}`);

    if (opts.token) {
        await visible(page.locator('#login'), 'the token form appears when a token is required');
        check(await page.locator('#main').isHidden(), 'the runs are hidden behind the token form');
        await page.fill('#token', `${opts.token}-wrong`);
        await page.click('#login button[type=submit]');
        await visible(page.locator('#login-error'), 'a wrong token is refused');
        const why = await page.textContent('#login-error');
        check(/refused/.test(why), `the refusal says so (got "${why}")`);
        await page.fill('#token', opts.token);
        await page.click('#login button[type=submit]');
        await visible(page.locator('#runs tbody tr'), 'entering the token loads the runs');
        check(await page.locator('#login').isHidden(), 'the token form goes away');
        const kept = await page.evaluate(() => sessionStorage.getItem('xsflow.admin_token'));
        check(kept === opts.token, 'the token is kept in sessionStorage');
    } else {
        await visible(page.locator('#runs tbody tr'), 'the runs list shows runs');
        check(await page.locator('#login').isHidden(), 'no token form without a token');
    }

    // Each run with its status, coloured by status.
    for (const { id, status } of expected) {
        await visible(rowOf(id), `run ${id} is in the list`);
        await until(async () => (await rowOf(id).getAttribute('data-status')) === status,
                    `run ${id} shows as ${status} (shows ${await rowOf(id).getAttribute('data-status')})`);
        const badge = rowOf(id).locator('.status');
        check((await badge.textContent()) === status, `run ${id}'s badge reads ${status}`);
        const cls = await badge.getAttribute('class');
        check(cls.includes(`status-${status.toLowerCase()}`), `run ${id}'s badge is coloured as ${status} (${cls})`);
    }
    const colours = {};
    for (const { id, status } of expected)
        colours[status] = await rowOf(id).locator('.status').evaluate((e) => getComputedStyle(e).color);
    const distinct = new Set(Object.values(colours));
    check(distinct.size === Object.keys(colours).length,
          `each status has its own colour: ${JSON.stringify(colours)}`);

    // Counts per status and the queue depth from health.
    for (const status of new Set(expected.map((e) => e.status))) {
        const want = expected.filter((e) => e.status === status).length;
        const n = Number(await page.textContent(`.counts button[data-status="${status}"] b`));
        check(n >= want, `the ${status} count is at least ${want} (shows ${n})`);
    }
    await visible(page.locator('#queue-depth'), 'the header shows the queue depth');
    const depth = await page.textContent('#queue-depth b');
    check(/^\d+$/.test(depth), `the queue depth is a number (shows "${depth}")`);

    // Filters: by status, then by name.
    const partialStatus = expected.find((e) => e.id === opts.partial)?.status || 'Partial';
    await page.selectOption('#filter-status', partialStatus);
    await until(async () => {
        const st = await page.locator('#runs tbody tr').evaluateAll((rs) => rs.map((r) => r.dataset.status));
        return st.length > 0 && st.every((s) => s === partialStatus);
    }, `filtering by ${partialStatus} lists only ${partialStatus} runs`);
    check(page.url().includes(`status=${partialStatus}`), 'the filter is kept in the URL');
    await page.selectOption('#filter-status', '');
    await page.fill('#filter-name', 'no such run at all');
    await visible(page.locator('.runs .empty'), 'filtering by an unknown name lists nothing');
    await page.fill('#filter-name', '');
    await visible(rowOf(expected.length ? expected[0].id : opts.partial), 'clearing the filter lists the runs again');

    // Live updates: a run queued now appears without a reload.
    if (opts.enqueue) {
        const out = execFileSync(opts.xsflow, ['enqueue', opts.enqueue, '--workspace', opts.workspace,
                                               '--db', opts.db], { timeout: 20000 }).toString().trim();
        check(/^\d+$/.test(out), `xsflow enqueue printed a run id (got "${out}")`);
        await visible(rowOf(out), `run ${out}, queued after the page loaded, appears by polling`);
    }

    // Polling stops while the tab is hidden and starts again when it shows.
    let apiCalls = 0;
    page.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/_xsflow/api/'))
            apiCalls++;
    });
    await page.evaluate(() => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(500);
    apiCalls = 0;
    await page.waitForTimeout(4500);
    check(apiCalls === 0, `no polling while the tab is hidden (${apiCalls} API calls in 4.5 s)`);
    await page.evaluate(() => {
        delete document.hidden;
        document.dispatchEvent(new Event('visibilitychange'));
    });
    await until(async () => apiCalls > 0, 'polling starts again when the tab shows');

    // The Partial run's page: the failed step, failed, with its error text.
    await rowOf(opts.partial).locator('a').click();
    await until(async () => new URL(page.url()).hash === `#/runs/${opts.partial}`,
                `clicking run ${opts.partial} opens its page`);
    const step = page.locator(`#steps li.step[data-step="${opts.step}"]`);
    await visible(step, `the run's page shows step ${opts.step}`);
    const cls = await step.getAttribute('class');
    check(/\bfailed\b/.test(cls), `step ${opts.step} is marked failed (class "${cls}")`);
    const err = (await step.locator('.step-error').textContent()) || '';
    check(err.includes(opts.error), `step ${opts.step} shows its error "${opts.error}" (shows "${err}")`);
    check((await page.locator('#steps li.step.ok').count()) > 0, 'the successful steps are marked ok');
    const fill = step.locator('.bar-fill');
    const width = await fill.evaluate((e) => e.getBoundingClientRect().width);
    check(width > 0, 'the failed step has a bar on the timeline');
    const depths = await page.locator('#steps li.step').evaluateAll((ls) => ls.map((l) => ({
        depth: Number(l.dataset.depth),
        pad: parseFloat(getComputedStyle(l.querySelector('.step-label')).paddingLeft),
    })));
    const nested = depths.find((d) => d.depth > 1);
    if (nested)
        check(nested.pad > depths.find((d) => d.depth === 1).pad, 'a nested step is indented');
    check(await page.locator('#retry').isEnabled(), 'a Partial run can be retried');
    check(await page.locator('#cancel').isDisabled(), 'an ended run cannot be cancelled');
    const job = await page.textContent('#job');
    check(job.includes(`${opts.step}_error`) && job.includes(opts.error),
          'the job record shows the failed step\'s error');
    if (opts.markup) {
        const text = await page.textContent('main');
        check(text.includes(opts.markup), `text with markup shows as text: ${opts.markup}`);
        check(await page.evaluate(() => document.querySelector('main img, main script, #xss') === null),
              'text with markup is not turned into elements');
    }
    const body = await page.evaluate(() => document.body.innerText);
    check(!/\[object |undefined|NaN/.test(body), 'no value shows as [object ...], undefined or NaN');
    await page.screenshot({ path: shot, fullPage: true });

    // Retry: the run is queued again as its next try and ends as before.
    const tries = async () => (await page.locator('dl.meta').textContent()).match(/Try(\d+) of/)?.[1];
    const before = Number(await tries());
    await page.click('#retry');
    await visible(page.locator('.run .note'), 'Retry says what it did');
    const note = await page.textContent('.run .note');
    check(/queued again/i.test(note), `Retry queues the run again (says "${note}")`);
    await until(async () => Number(await tries()) === before + 1 &&
                             (await page.getAttribute('h1 .status', 'data-status')) === partialStatus,
                `the retried run shows try ${before + 1} and ends ${partialStatus} again`);

    // Cancel: a running run is stopped.
    if (opts.cancel) {
        const id = execFileSync(opts.xsflow, ['enqueue', opts.cancel, '--workspace', opts.workspace,
                                              '--db', opts.db], { timeout: 20000 }).toString().trim();
        check(/^\d+$/.test(id), `xsflow enqueue printed a run id (got "${id}")`);
        await page.goto(`${base}/_xsflow/#/runs/${id}`);
        await until(async () => ['Started', 'Processing'].includes(
                                    await page.getAttribute('h1 .status', 'data-status').catch(() => null)),
                    `run ${id} of ${opts.cancel} shows as running`);
        check(await page.locator('#cancel').isEnabled(), 'a running run can be cancelled');
        check(await page.locator('#retry').isDisabled(), 'a running run cannot be retried');
        await page.click('#cancel');
        await until(async () => (await page.getAttribute('h1 .status', 'data-status')) === 'Cancelled',
                    `run ${id} ends Cancelled after Cancel`);
        check(await page.locator('#retry').isEnabled(), 'a cancelled run can be retried');
        check(await page.locator('#cancel').isDisabled(), 'a cancelled run cannot be cancelled again');
    }

    if (opts.schedule) {
        await page.click('nav a[data-nav="schedules"]');
        const row = page.locator(`#schedules tbody tr[data-task="${opts.schedule}"]`);
        await visible(row, `the schedules page lists ${opts.schedule}`);
        const text = await row.textContent();
        check(/\d/.test(text), `the schedule of ${opts.schedule} shows its times (${text})`);
        const cron = page.locator('#schedules tbody tr[data-task="Tasks/Yearly Report"]');
        await visible(cron, 'the schedules page lists the cron entry of xsflow.json');
        const ctext = await cron.textContent();
        check(ctext.includes('cron 0 0 1 1 * (Europe/Paris)'),
              `the cron entry shows its expression and zone (${ctext})`);
    }

    check(consoleErrors.length === 0, `the page logged errors:\n  ${consoleErrors.join('\n  ')}`);
    console.log(`dashboard: ok (${expected.length} runs, screenshot ${shot})`);
    await browser.close();
} catch (e) {
    const failShot = shot.replace(/\.png$/, '') + '.failed.png';
    await page.screenshot({ path: failShot, fullPage: true }).catch(() => {});
    await browser.close().catch(() => {});
    const what = e instanceof CheckFailed ? e.message : `${e.name}: ${e.message}`;
    console.error(`dashboard: FAIL: ${what}\n  (page at the failure: ${failShot})`);
    if (consoleErrors.length)
        console.error(`  page errors:\n    ${consoleErrors.join('\n    ')}`);
    process.exit(1);
}
