/*
 * The xsflow dashboard: the runs, one run with its steps as a timeline,
 * the schedules. It reads the admin API under ./api/ on its own origin and
 * polls it every 2 s while the tab is visible. Whatever the API returns
 * goes into the page as text (textContent, attributes one by one), never
 * as markup. With an admin token, the user types it in once; it stays in
 * this tab's sessionStorage and goes out as a Bearer header.
 */
'use strict';

(function () {
    const API = new URL('api/', location.href);
    const POLL_MS = 2000;
    const TOKEN_KEY = 'xsflow.admin_token';
    const STATUSES = ['Queued', 'Started', 'Processing', 'Complete', 'Partial', 'Error', 'Cancelled'];
    const ENDED = new Set(['Complete', 'Partial', 'Error', 'Cancelled']);
    const RETRYABLE = new Set(['Partial', 'Error', 'Cancelled']);

    const $ = (id) => document.getElementById(id);
    const main = $('main');

    let token = sessionStorage.getItem(TOKEN_KEY) || '';
    let loginShown = false;
    let view = null;
    let busy = false;
    let again = false;

    /* ---- DOM ---- */

    /* el('a', {class: 'x', href: '#/'}, 'text', child...): children that
     * are not nodes become text nodes. */
    function el(tag, props, ...kids) {
        const n = document.createElement(tag);
        for (const [k, v] of Object.entries(props || {})) {
            if (v === null || v === undefined || v === false)
                continue;
            if (k === 'class')
                n.className = v;
            else if (k === 'dataset')
                Object.assign(n.dataset, v);
            else if (k.startsWith('on'))
                n.addEventListener(k.slice(2), v);
            else
                n.setAttribute(k, v === true ? '' : String(v));
        }
        for (const c of kids.flat(Infinity)) {
            if (c === null || c === undefined || c === false)
                continue;
            n.append(c instanceof Node ? c : String(c));
        }
        return n;
    }

    function statusBadge(s) {
        const known = STATUSES.includes(s);
        return el('span', {class: 'status status-' + (known ? s.toLowerCase() : 'unknown'),
                           dataset: {status: String(s)}}, String(s));
    }

    const runHref = (id) => '#/runs/' + encodeURIComponent(String(id));

    /* ---- formatting ---- */

    const pad = (n, w = 2) => String(n).padStart(w, '0');

    function fmtTime(ms) {
        if (typeof ms !== 'number' || !ms)
            return '';
        const d = new Date(ms);
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
               `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    }

    function fmtDuration(ms) {
        if (typeof ms !== 'number' || !isFinite(ms) || ms < 0)
            return '';
        if (ms < 1000)
            return Math.round(ms) + ' ms';
        const s = ms / 1000;
        if (s < 60)
            return s.toFixed(s < 10 ? 2 : 1) + ' s';
        /* "2 h", "2 h 5 min": a zero second part is left out. */
        const two = (a, ua, b, ub) => b ? `${a} ${ua} ${b} ${ub}` : `${a} ${ua}`;
        const m = Math.floor(s / 60);
        if (m < 60)
            return two(m, 'min', Math.floor(s % 60), 's');
        const h = Math.floor(m / 60);
        if (h < 48)
            return two(h, 'h', m % 60, 'min');
        return two(Math.floor(h / 24), 'd', h % 24, 'h');
    }

    function fmtAgo(ms) {
        if (typeof ms !== 'number' || !ms)
            return '';
        const d = Date.now() - ms;
        return d >= 0 ? fmtDuration(d) + ' ago' : 'in ' + fmtDuration(-d);
    }

    /* A time cell: local time, how long ago in the tooltip. */
    function timeEl(ms) {
        if (typeof ms !== 'number' || !ms)
            return el('span', {class: 'muted'}, '—');
        return el('time', {datetime: new Date(ms).toISOString(), title: fmtAgo(ms)}, fmtTime(ms));
    }

    function errorText(e) {
        if (e === null || e === undefined)
            return '';
        if (typeof e === 'string')
            return e;
        if (typeof e === 'object' && typeof e.message === 'string')
            return e.name ? `${e.name}: ${e.message}` : e.message;
        return JSON.stringify(e);
    }

    function jsonBlock(v) {
        return el('pre', {class: 'json'}, v === undefined ? '' : JSON.stringify(v, null, 2));
    }

    function plain(v) {
        if (v === null || v === undefined)
            return '';
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
    }

    /* ---- the admin API ---- */

    class ApiError extends Error {
        constructor(status, message) {
            super(message);
            this.status = status;
        }
    }

    async function api(path, opts = {}) {
        const headers = {Accept: 'application/json'};
        const sent = token;
        if (token)
            headers.Authorization = 'Bearer ' + token;
        const init = {method: opts.method || 'GET', headers, cache: 'no-store',
                      credentials: 'omit'};
        if (opts.body !== undefined) {
            headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(opts.body);
        }
        let res;
        try {
            res = await fetch(new URL(path, API), init);
        } catch (e) {
            throw new ApiError(0, 'cannot reach the server: ' + e.message);
        }
        const text = await res.text();
        let body = null;
        try {
            body = text ? JSON.parse(text) : null;
        } catch (e) {
            body = null;
        }
        const message = body && typeof body.message === 'string' ? body.message
                                                                 : `HTTP ${res.status}`;
        if (res.status === 401) {
            showLogin(sent ? 'The token was refused.' : '');
            throw new ApiError(401, message);
        }
        if (!res.ok)
            throw new ApiError(res.status, message);
        return body;
    }

    /* ---- token ---- */

    /* Asks for the token; why (when not empty) says what went wrong. The
     * page's parallel requests each call this: the first reason stays. */
    function showLogin(why) {
        if (loginShown && !why)
            return;
        if (token) {
            token = '';
            sessionStorage.removeItem(TOKEN_KEY);
        }
        loginShown = true;
        $('login').hidden = false;
        main.hidden = true;
        $('logout').hidden = true;
        $('health').replaceChildren();
        const err = $('login-error');
        err.textContent = why;
        err.hidden = !why;
        $('token').focus();
    }

    $('login').addEventListener('submit', (ev) => {
        ev.preventDefault();
        const t = $('token').value.trim();
        if (!t)
            return;
        token = t;
        sessionStorage.setItem(TOKEN_KEY, t);
        $('token').value = '';
        loginShown = false;
        $('login').hidden = true;
        main.hidden = false;
        $('logout').hidden = false;
        refresh();
    });

    $('logout').addEventListener('click', () => {
        token = '';
        sessionStorage.removeItem(TOKEN_KEY);
        $('logout').hidden = true;
        refresh();
    });

    function banner(msg) {
        const b = $('banner');
        b.textContent = msg || '';
        b.hidden = !msg;
    }

    /* ---- health (the header) ---- */

    async function updateHealth() {
        const h = await api('health');
        const parts = [];
        const item = (label, value, id) =>
            el('span', {class: 'item', id}, el('span', {class: 'label'}, label + ' '),
               el('b', null, plain(value)));
        parts.push(item('queue', h.queue_depth ?? '?', 'queue-depth'));
        if (h.workers !== undefined)
            parts.push(item('workers', h.workers));
        if (h.database !== undefined)
            parts.push(item('db', typeof h.database === 'object' && h.database
                                      ? h.database.kind || h.database.status || h.database
                                      : h.database));
        if (h.uptime_ms !== undefined)
            parts.push(item('up', fmtDuration(h.uptime_ms)));
        if (h.version)
            parts.push(item('v', h.version));
        $('health').replaceChildren(...parts);
        $('logout').hidden = !token;
    }

    /* ---- the runs ---- */

    function runsView(params) {
        const filter = {status: params.get('status') || '', name: params.get('name') || ''};
        const counts = el('div', {class: 'counts', role: 'group', 'aria-label': 'runs per status'});
        const statusSel = el('select', {id: 'filter-status', 'aria-label': 'status'},
                             el('option', {value: ''}, 'any status'),
                             STATUSES.map((s) => el('option', {value: s}, s)));
        statusSel.value = filter.status;
        const nameIn = el('input', {id: 'filter-name', type: 'search', placeholder: 'name',
                                    'aria-label': 'name', value: filter.name});
        const body = el('tbody');
        const empty = el('p', {class: 'empty', hidden: true});
        let typing = null;

        function setFilter() {
            filter.status = statusSel.value;
            filter.name = nameIn.value.trim();
            const q = new URLSearchParams();
            if (filter.status)
                q.set('status', filter.status);
            if (filter.name)
                q.set('name', filter.name);
            const qs = q.toString();
            history.replaceState(null, '', '#/runs' + (qs ? '?' + qs : ''));
            refresh();
        }
        statusSel.addEventListener('change', setFilter);
        nameIn.addEventListener('input', () => {
            clearTimeout(typing);
            typing = setTimeout(setFilter, 300);
        });

        const root = el('section', {class: 'runs'},
                        el('div', {class: 'bar'}, el('h1', null, 'Runs'), counts),
                        el('form', {class: 'filters', onsubmit: (e) => e.preventDefault()},
                           statusSel, nameIn),
                        el('table', {class: 'list', id: 'runs'},
                           el('thead', null, el('tr', null,
                              ['Run', 'Name', 'Status', 'Try', 'Queued', 'Started', 'Duration',
                               'Error'].map((h) => el('th', null, h)))),
                           body),
                        empty);

        function row(r) {
            const end = r.ended || (ENDED.has(r.status) ? null : Date.now());
            const dur = r.started && end ? end - r.started : null;
            const tr = el('tr', {dataset: {runId: String(r.id), status: String(r.status)}},
                          el('td', null, el('a', {href: runHref(r.id)}, '#' + r.id)),
                          el('td', {class: 'name'}, plain(r.name)),
                          el('td', null, statusBadge(r.status)),
                          el('td', {class: 'num'}, `${plain(r.tries)}/${plain(r.max_attempts)}`),
                          el('td', null, timeEl(r.queued)),
                          el('td', null, timeEl(r.started)),
                          el('td', {class: 'num'}, dur === null ? '' : fmtDuration(dur)),
                          el('td', {class: 'error-cell', title: errorText(r.error)},
                             errorText(r.error)));
            tr.addEventListener('click', (ev) => {
                if (!ev.target.closest('a'))
                    location.hash = runHref(r.id);
            });
            return tr;
        }

        async function update() {
            const q = new URLSearchParams({limit: '100'});
            if (filter.status)
                q.set('status', filter.status);
            if (filter.name)
                q.set('name', filter.name);
            const data = await api('runs?' + q);
            if (view !== self)
                return;
            const c = data.counts || {};
            counts.replaceChildren(...STATUSES.map((s) => {
                const b = el('button', {type: 'button', class: 'count status-' + s.toLowerCase(),
                                        dataset: {status: s},
                                        'aria-pressed': String(filter.status === s)},
                             el('span', {class: 'label'}, s), el('b', null, plain(c[s] ?? 0)));
                b.addEventListener('click', () => {
                    statusSel.value = filter.status === s ? '' : s;
                    setFilter();
                });
                return b;
            }));
            const items = Array.isArray(data.items) ? data.items : [];
            body.replaceChildren(...items.map(row));
            empty.hidden = items.length > 0;
            empty.textContent = filter.status || filter.name ? 'No run matches.' : 'No runs yet.';
        }

        const self = {kind: 'runs', root, update};
        return self;
    }

    /* ---- one run ---- */

    function runView(id) {
        const actions = el('div', {class: 'actions'});
        const note = el('p', {class: 'note', hidden: true, role: 'status'});
        const content = el('div', {class: 'run-body'});
        const openSteps = new Set();
        let last = '';
        let run = null;

        const retry = el('button', {type: 'button', id: 'retry'}, 'Retry');
        const cancel = el('button', {type: 'button', id: 'cancel', class: 'danger'}, 'Cancel');
        actions.append(retry, cancel);
        retry.addEventListener('click', () => act('retry', retry));
        cancel.addEventListener('click', () => act('cancel', cancel));

        const title = el('h1', null, 'Run #' + id);
        const root = el('section', {class: 'run'},
                        el('p', {class: 'back'}, el('a', {href: '#/runs'}, '← Runs')),
                        el('div', {class: 'bar'}, title, actions), note, content);

        async function act(what, button) {
            button.disabled = true;
            note.hidden = true;
            try {
                const r = await api(`runs/${encodeURIComponent(id)}/${what}`,
                                    {method: 'POST', body: {}});
                note.className = 'note';
                note.textContent = what === 'retry' ? 'Queued again.'
                                                    : `Cancellation requested${
                                                          r && r.status ? ' (' + r.status + ')' : ''}.`;
            } catch (e) {
                note.className = 'note error';
                note.textContent = `${what} failed: ${e.message}`;
            }
            note.hidden = false;
            last = '';
            refresh();
        }

        /* Steps as bars on the run's time axis, from its start (or first
         * step) to its end (or now while it runs). */
        function timeline(steps) {
            const now = Date.now();
            let t0 = run.started || Infinity;
            let t1 = run.ended || 0;
            for (const s of steps) {
                if (typeof s.started === 'number')
                    t0 = Math.min(t0, s.started);
                t1 = Math.max(t1, s.ended || (ENDED.has(run.status) ? 0 : now),
                              s.started || 0);
            }
            if (!run.ended && !ENDED.has(run.status))
                t1 = Math.max(t1, now);
            if (!isFinite(t0))
                t0 = t1;
            const span = Math.max(t1 - t0, 1);
            const pct = (v) => (Math.min(Math.max(v, 0), 1) * 100).toFixed(3) + '%';

            const rows = steps.map((s) => {
                const key = String(s.key ?? s.ordinal);
                const running = s.ended === null || s.ended === undefined;
                const failed = s.success === false;
                const state = failed ? 'failed' : running ? 'running' : 'ok';
                const start = typeof s.started === 'number' ? s.started : t0;
                const end = running ? (ENDED.has(run.status) ? start : now) : s.ended;
                const dur = end - start;

                const bar = el('div', {class: 'track'}, el('div', {class: 'bar-fill ' + state}));
                const fill = bar.firstChild;
                fill.style.left = pct((start - t0) / span);
                fill.style.width = pct(Math.max(dur / span, 0.004));

                const depth = Math.max(1, Number(s.depth) || 1);
                const label = el('div', {class: 'step-label'},
                                 el('span', {class: 'mark', 'aria-hidden': 'true'},
                                    failed ? '✗' : running ? '…' : '✓'),
                                 el('span', {class: 'step-name', title: plain(s.callee)},
                                    plain(s.name || s.key)),
                                 s.try > 1 ? el('span', {class: 'muted'}, ` try ${s.try}`) : null);
                label.style.paddingLeft = (depth - 1) * 1.25 + 'em';

                const det = el('details', {class: 'io'},
                               el('summary', null, 'input and output'),
                               el('div', {class: 'io-grid'},
                                  el('div', null, el('h4', null, 'Input'), jsonBlock(s.input)),
                                  el('div', null, el('h4', null, 'Output'), jsonBlock(s.output))));
                det.open = openSteps.has(key);
                det.addEventListener('toggle', () => {
                    if (det.open)
                        openSteps.add(key);
                    else
                        openSteps.delete(key);
                });

                return el('li', {class: 'step ' + state,
                                 dataset: {step: plain(s.name), key, depth: String(depth)}},
                          el('div', {class: 'step-row'}, label, bar,
                             el('span', {class: 'dur num'}, running && ENDED.has(run.status)
                                                                ? 'cut short'
                                                                : fmtDuration(dur))),
                          failed ? el('p', {class: 'step-error'}, errorText(s.error) || 'failed')
                                 : null,
                          det);
            });
            return el('div', {class: 'timeline'},
                      el('div', {class: 'axis'}, el('span', null, fmtTime(t0)),
                         el('span', null, fmtDuration(span))),
                      steps.length ? el('ol', {class: 'steps', id: 'steps'}, rows)
                                   : el('p', {class: 'empty'}, 'No steps recorded.'));
        }

        function jobTable(job) {
            if (!job || typeof job !== 'object')
                return el('p', {class: 'empty'}, 'No job record.');
            const timeKey = /(^|_)(started|ended|lastupdated)$/;
            return el('table', {class: 'kv', id: 'job'}, el('tbody', null,
                      Object.entries(job).map(([k, v]) => {
                          let cell;
                          if (typeof v === 'number' && timeKey.test(k))
                              cell = timeEl(v);
                          else if (typeof v === 'boolean')
                              cell = el('span', {class: v ? 'ok' : 'bad'}, v ? 'true' : 'false');
                          else if (k === 'status')
                              cell = statusBadge(v);
                          else
                              cell = plain(v);
                          return el('tr', null, el('th', null, k), el('td', null, cell));
                      })));
        }

        function render() {
            const steps = (Array.isArray(run.steps) ? run.steps.slice() : [])
                              .sort((a, b) => (a.ordinal || 0) - (b.ordinal || 0));
            const end = run.ended || (ENDED.has(run.status) ? null : Date.now());
            title.replaceChildren('Run #' + plain(run.id) + ' ', el('span', {class: 'run-name'},
                                  plain(run.name)), ' ', statusBadge(run.status));
            retry.disabled = !RETRYABLE.has(run.status);
            cancel.disabled = ENDED.has(run.status) || run.cancel_requested === true;
            const meta = [
                ['Try', `${plain(run.tries)} of ${plain(run.max_attempts)}`],
                ['Queued', timeEl(run.queued)],
                ['Started', timeEl(run.started)],
                ['Ended', timeEl(run.ended)],
                ['Duration', run.started && end ? fmtDuration(end - run.started) : ''],
                ['Origin', plain(run.origin)],
                ['Kind', plain(run.kind)],
                ['Workspace', plain(run.workspace_version)],
            ];
            const sections = [
                el('dl', {class: 'meta'}, meta.map(([k, v]) => [el('dt', null, k),
                                                                el('dd', null, v)])),
                el('h2', null, 'Steps'), timeline(steps),
                el('div', {class: 'cols'},
                   el('div', null, el('h2', null, 'Job record'), jobTable(run.job)),
                   el('div', null, el('h2', null, 'Input'), jsonBlock(run.input))),
                el('h2', null, 'Result'), jsonBlock(run.result),
            ];
            if (run.error !== null && run.error !== undefined)
                sections.push(el('h2', {class: 'error'}, 'Error'),
                              el('p', {class: 'step-error', id: 'run-error'},
                                 errorText(run.error)),
                              jsonBlock(run.error));
            content.replaceChildren(...sections);
        }

        async function update() {
            const data = await api('runs/' + encodeURIComponent(id));
            if (view !== self)
                return;
            const text = JSON.stringify(data);
            /* A running run's bars grow with the clock: redraw it each time. */
            if (text === last && ENDED.has(data.status))
                return;
            last = text;
            run = data;
            render();
        }

        const self = {kind: 'run', root, update};
        return self;
    }

    /* ---- schedules ---- */

    function schedulesView() {
        const body = el('tbody');
        const empty = el('p', {class: 'empty', hidden: true}, 'No schedules.');
        const root = el('section', {class: 'schedules'}, el('h1', null, 'Schedules'),
                        el('table', {class: 'list', id: 'schedules'},
                           el('thead', null, el('tr', null,
                              ['Task', 'Event', 'Every', 'Starts', 'Ends', 'Last fire',
                               'Next fire'].map((h) => el('th', null, h)))),
                           body),
                        empty);

        async function update() {
            const data = await api('schedules');
            if (view !== self)
                return;
            const items = Array.isArray(data.items) ? data.items : [];
            body.replaceChildren(...items.map((s) => el('tr', {dataset: {task: plain(s.task)}},
                el('td', {class: 'name'}, plain(s.task)),
                el('td', {class: 'num'}, plain(s.event)),
                el('td', null, s.cron ? 'cron ' + plain(s.cron) + (s.tz ? ' (' + plain(s.tz) + ')' : '')
                                      : s.freq_ms ? fmtDuration(s.freq_ms) : 'once'),
                el('td', null, timeEl(s.starts_on)),
                el('td', null, timeEl(s.ends_on)),
                el('td', null, timeEl(s.last_fire),
                   s.last_fire ? el('span', {class: 'muted'}, ' ' + fmtAgo(s.last_fire)) : null),
                el('td', null, timeEl(s.next_fire),
                   s.next_fire ? el('span', {class: 'muted'}, ' ' + fmtAgo(s.next_fire)) : null))));
            empty.hidden = items.length > 0;
        }

        const self = {kind: 'schedules', root, update};
        return self;
    }

    /* ---- routing and polling ---- */

    function route() {
        const h = location.hash.replace(/^#/, '');
        const q = h.indexOf('?');
        const path = (q < 0 ? h : h.slice(0, q)).split('/').filter(Boolean);
        const params = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
        let v;
        if (path[0] === 'runs' && path[1])
            v = runView(decodeURIComponent(path[1]));
        else if (path[0] === 'schedules')
            v = schedulesView();
        else
            v = runsView(params);
        view = v;
        for (const a of document.querySelectorAll('nav a'))
            a.classList.toggle('current', a.dataset.nav === (v.kind === 'run' ? 'runs' : v.kind));
        document.title = 'xsflow · ' + (v.kind === 'run' ? 'run ' + path[1] : v.kind);
        main.replaceChildren(v.root);
        refresh();
    }

    /* One refresh at a time; a call during one runs again after it. */
    async function refresh() {
        if (busy) {
            again = true;
            return;
        }
        busy = true;
        try {
            do {
                again = false;
                try {
                    await Promise.all([updateHealth(), view.update()]);
                    if (loginShown) {
                        loginShown = false;
                        $('login').hidden = true;
                        main.hidden = false;
                    }
                    banner('');
                } catch (e) {
                    if (!(e instanceof ApiError && e.status === 401))
                        banner(e.message);
                }
            } while (again && !loginShown);
        } finally {
            busy = false;
        }
    }

    setInterval(() => {
        if (!document.hidden && !loginShown)
            refresh();
    }, POLL_MS);
    document.addEventListener('visibilitychange', () => {
        if (!document.hidden && !loginShown)
            refresh();
    });
    window.addEventListener('hashchange', route);
    route();
})();
