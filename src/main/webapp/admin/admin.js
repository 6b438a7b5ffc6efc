/*
 * The console's behaviour: reads the admin API (docs/api.md) and renders jobs, executions, one execution's
 * detail, the schedule, rejected documents and reports. Every value from the server is set with textContent
 * (never innerHTML), so a document path or a failure text can never become markup.
 */
'use strict';

(() => {
    /** Refresh every 2 s while something runs, every 30 s otherwise. */
    const FAST_MS = 2000;
    const SLOW_MS = 30000;
    const PAGE_SIZE = 20;
    const RUNNING = new Set(['STARTING', 'STARTED', 'STOPPING']);
    const METRICS = ['read', 'write', 'filter', 'commit', 'rollback', 'readSkip', 'processSkip', 'writeSkip'];
    const ACTIONS = {
        stop: {label: 'Stop', confirm: (e) => `Stop execution ${e.id} of ${e.job}? It stops after the current chunk.`},
        restart: {label: 'Restart', confirm: (e) => `Restart execution ${e.id} of ${e.job}? It resumes from its last checkpoint.`},
        abandon: {label: 'Abandon', confirm: (e) => `Abandon execution ${e.id} of ${e.job}? It can never be restarted.`}
    };

    // location.origin never carries user:password, which fetch refuses in a URL; the page may be opened with them.
    const API = new URL('../api/', location.origin + location.pathname);

    const state = {
        jobs: [],
        selectedExecution: null,
        detailRunning: false,
        executions: {offset: 0, filters: {}, running: false},
        rejections: {offset: 0, filters: {}},
        reports: {offset: 0, filters: {}},
        startJob: null,
        schedule: null
    };

    /** A refusal or failure of the API, carrying the API's own message. */
    class ApiError extends Error {
        constructor(status, message) {
            super(message);
            this.status = status;
        }
    }

    async function api(path, options = {}) {
        const init = {method: options.method || 'GET', credentials: 'same-origin', headers: {Accept: 'application/json'}};
        if (options.body !== undefined) {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(options.body);
        }
        const response = await fetch(new URL(path, API), init);
        const text = await response.text();
        let data = null;
        if (text) {
            try {
                data = JSON.parse(text);
            } catch (ignored) {
                data = null;
            }
        }
        if (!response.ok) {
            const reason = data && data.message ? data.message : (response.statusText || 'no reason given');
            throw new ApiError(response.status, `${response.status}: ${reason}`);
        }
        return data;
    }

    function query(path, params) {
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries(params)) {
            if (value !== undefined && value !== null && value !== '') {
                search.set(name, value);
            }
        }
        const text = search.toString();
        return text ? `${path}?${text}` : path;
    }

    // ---- DOM helpers: text only

    function el(tag, attributes = {}, ...children) {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
            if (value === undefined || value === null || value === false) {
                continue;
            }
            if (name === 'text') {
                element.textContent = value;
            } else if (name === 'class') {
                element.className = value;
            } else if (name === 'data') {
                Object.assign(element.dataset, value);
            } else if (name.startsWith('on')) {
                element.addEventListener(name.slice(2), value);
            } else {
                element.setAttribute(name, value === true ? '' : value);
            }
        }
        for (const child of children) {
            if (child !== undefined && child !== null) {
                element.append(child);
            }
        }
        return element;
    }

    const $ = (selector, root = document) => root.querySelector(selector);

    function replaceRows(tbody, rows, emptyText, columns) {
        tbody.replaceChildren(...rows);
        if (rows.length === 0) {
            tbody.append(el('tr', {class: 'empty'}, el('td', {colspan: columns, text: emptyText})));
        }
    }

    function badge(status) {
        const name = status || 'UNKNOWN';
        return el('span', {class: `badge badge-${name.toLowerCase()}`, data: {status: name}, text: name});
    }

    /** An instant shown in UTC, to the second; the full ISO value stays in the datetime attribute. */
    function time(iso) {
        if (!iso) {
            return el('span', {class: 'muted', text: '—'});
        }
        const date = new Date(iso);
        const text = isNaN(date) ? iso : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
        return el('time', {datetime: iso, title: iso, text});
    }

    function bytes(count) {
        if (count === undefined || count === null) {
            return '—';
        }
        const units = ['bytes', 'KB', 'MB', 'GB'];
        let value = count;
        let unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
    }

    function executionLink(id) {
        if (id === undefined || id === null) {
            return el('span', {class: 'muted', text: '—'});
        }
        return el('button', {type: 'button', class: 'link', data: {openExecution: String(id)}, text: `#${id}`,
            onclick: () => selectExecution(id)});
    }

    function sectionError(section, error) {
        const paragraph = $('.section-error', section);
        paragraph.textContent = error ? error.message : '';
        paragraph.hidden = !error;
    }

    function showMessage(text, kind) {
        const box = $('#message');
        $('#message-text').textContent = text;
        box.className = `message message-${kind}`;
        box.dataset.kind = kind;
        box.hidden = false;
    }

    // ---- refresh: all sections, then again in 2 s or 30 s

    let refreshing = null;
    let refreshAgain = false;
    let timer = null;

    function refresh() {
        if (refreshing) {
            refreshAgain = true;
            return refreshing;
        }
        clearTimeout(timer);
        refreshing = Promise.allSettled([loadJobs(), loadExecutions(), loadDetail(), loadSchedule(), loadRejections(),
            loadReports()])
            .finally(() => {
                refreshing = null;
                if (refreshAgain) {
                    refreshAgain = false;
                    refresh();
                } else {
                    scheduleRefresh();
                }
            });
        return refreshing;
    }

    function somethingRuns() {
        return state.jobs.some((job) => job.latestExecution && RUNNING.has(job.latestExecution.status))
            || state.executions.running || state.detailRunning;
    }

    function scheduleRefresh() {
        const fast = somethingRuns();
        const interval = fast ? FAST_MS : SLOW_MS;
        const indicator = $('#refresh-state');
        indicator.dataset.interval = String(interval);
        indicator.dataset.lastRefresh = new Date().toISOString();
        indicator.textContent = `Updated ${new Date().toLocaleTimeString()}; refreshing every ${interval / 1000} s`
            + (fast ? ' while a job runs' : '');
        timer = setTimeout(refresh, interval);
    }

    // ---- who is signed in

    async function loadMe() {
        try {
            const me = await api('me');
            $('#me-user').textContent = me.user;
            $('#me-roles').textContent = me.roles.length ? `(${me.roles.join(', ')})` : '(no role)';
        } catch (error) {
            $('#me-user').textContent = 'unknown';
            showMessage(`Cannot tell who is signed in: ${error.message}`, 'error');
        }
    }

    // ---- jobs and starting one

    async function loadJobs() {
        const section = $('#jobs');
        try {
            state.jobs = await api('jobs');
            sectionError(section, null);
        } catch (error) {
            sectionError(section, error);
            return;
        }
        const rows = state.jobs.map((job) => {
            const latest = job.latestExecution;
            return el('tr', {data: {job: job.name, status: latest ? latest.status : 'NONE'}},
                el('td', {}, el('strong', {text: job.name}), el('div', {class: 'muted small', text: job.description || ''})),
                el('td', {data: {field: 'latest'}}, latest
                    ? el('span', {}, badge(latest.status), ' ', executionLink(latest.id), ' ', time(latest.endTime || latest.startTime))
                    : el('span', {class: 'muted', text: 'never run'})),
                el('td', {data: {field: 'next-run'}}, time(job.nextRun)),
                el('td', {class: 'actions'}, el('button', {type: 'button', data: {action: 'start', job: job.name},
                    text: 'Start…', onclick: () => openStartForm(job)})));
        });
        replaceRows($('#jobs-table tbody'), rows, 'No jobs are packaged.', 4);
        fillJobFilter();
    }

    function fillJobFilter() {
        const select = $('#executions-filter-job');
        const chosen = select.value;
        const options = state.jobs.map((job) => el('option', {value: job.name, text: job.name}));
        select.replaceChildren(el('option', {value: '', text: 'any'}), ...options);
        select.value = state.jobs.some((job) => job.name === chosen) ? chosen : '';
    }

    function openStartForm(job) {
        state.startJob = job.name;
        $('#start-job').textContent = job.name;
        const fields = (job.parameters || []).map((name) =>
            el('label', {}, el('span', {text: name}),
                el('input', {name, data: {parameter: name}, placeholder: 'default', autocomplete: 'off'})));
        $('#start-parameters').replaceChildren(...fields);
        if (fields.length === 0) {
            $('#start-parameters').append(el('p', {class: 'muted', text: 'This job declares no parameters.'}));
        }
        $('#start-form').hidden = false;
        $('#start-form').dataset.job = job.name;
        const first = $('#start-parameters input');
        if (first) {
            first.focus();
        }
    }

    async function submitStart(event) {
        event.preventDefault();
        const job = state.startJob;
        const parameters = {};
        for (const input of document.querySelectorAll('#start-parameters input')) {
            if (input.value.trim() !== '') {
                parameters[input.name] = input.value.trim();
            }
        }
        const listed = Object.entries(parameters).map(([name, value]) => `${name}=${value}`).join(', ');
        if (!confirm(`Start ${job}${listed ? ` with ${listed}` : ' with its defaults'}?`)) {
            return;
        }
        try {
            const execution = await api(`jobs/${encodeURIComponent(job)}/start`, {method: 'POST', body: parameters});
            $('#start-form').hidden = true;
            showMessage(`Started ${job}: execution ${execution.id}.`, 'ok');
            selectExecution(execution.id);
        } catch (error) {
            showMessage(`${job} was not started: ${error.message}`, 'error');
        }
    }

    // ---- executions

    async function loadExecutions() {
        const section = $('#executions');
        const page = state.executions;
        let result;
        try {
            result = await api(query('executions', {...page.filters, offset: page.offset, limit: PAGE_SIZE}));
            sectionError(section, null);
        } catch (error) {
            sectionError(section, error);
            return;
        }
        page.running = result.items.some((execution) => RUNNING.has(execution.status));
        const rows = result.items.map((execution) => el('tr', {
                class: execution.id === state.selectedExecution ? 'selected clickable' : 'clickable',
                data: {executionId: String(execution.id), job: execution.job, status: execution.status},
                onclick: (event) => {
                    if (!event.target.closest('button')) {
                        selectExecution(execution.id);
                    }
                }
            },
            el('td', {}, executionLink(execution.id)),
            el('td', {text: execution.job}),
            el('td', {}, badge(execution.status), execution.serverStopped ? el('span', {class: 'warning-tag', text: 'server stopped'}) : null),
            el('td', {class: 'clip', title: execution.exitStatus || '', text: execution.exitStatus || ''}),
            el('td', {}, time(execution.createTime)),
            el('td', {}, time(execution.endTime))));
        replaceRows($('#executions-table tbody'), rows, 'No executions match.', 6);
        renderPager($('#executions-pager'), result, page, loadExecutions);
    }

    function renderPager(container, result, page, reload) {
        const first = result.total === 0 ? 0 : result.offset + 1;
        const last = result.offset + result.items.length;
        container.dataset.total = String(result.total);
        container.replaceChildren(
            el('button', {type: 'button', data: {page: 'previous'}, text: '‹ Newer', disabled: result.offset === 0,
                onclick: () => {
                    page.offset = Math.max(0, result.offset - result.limit);
                    reload();
                }}),
            el('span', {class: 'muted', text: `${first}–${last} of ${result.total}`}),
            el('button', {type: 'button', data: {page: 'next'}, text: 'Older ›', disabled: last >= result.total,
                onclick: () => {
                    page.offset = result.offset + result.limit;
                    reload();
                }}));
    }

    function formFilters(form) {
        const filters = {};
        for (const [name, value] of new FormData(form).entries()) {
            if (String(value).trim() !== '') {
                filters[name] = String(value).trim();
            }
        }
        return filters;
    }

    function wireFilter(formSelector, page, reload) {
        const form = $(formSelector);
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            page.filters = formFilters(form);
            page.offset = 0;
            reload();
        });
        form.addEventListener('reset', () => {
            // the reset clears the fields after this event; read them once it has
            setTimeout(() => {
                page.filters = {};
                page.offset = 0;
                reload();
            });
        });
    }

    // ---- one execution

    function selectExecution(id) {
        state.selectedExecution = id;
        history.replaceState(null, '', `#execution=${id}`);
        for (const row of document.querySelectorAll('#executions-table tr[data-execution-id]')) {
            row.classList.toggle('selected', row.dataset.executionId === String(id));
        }
        return loadDetail().then(() => {
            scheduleAfterChange();
            $('#execution-detail').scrollIntoView({block: 'start'});
        });
    }

    async function loadDetail() {
        const section = $('#execution-detail');
        const id = state.selectedExecution;
        if (id === null) {
            section.hidden = true;
            state.detailRunning = false;
            return;
        }
        let detail;
        try {
            detail = await api(`executions/${encodeURIComponent(id)}`);
            sectionError(section, null);
        } catch (error) {
            section.hidden = false;
            sectionError(section, error);
            return;
        }
        if (state.selectedExecution !== id) {
            return;
        }
        renderDetail(detail);
    }

    function renderDetail(detail) {
        const execution = detail.execution;
        const section = $('#execution-detail');
        section.hidden = false;
        section.dataset.executionId = String(execution.id);
        section.dataset.status = execution.status;
        state.detailRunning = RUNNING.has(execution.status);

        $('#detail-id').textContent = String(execution.id);
        $('#detail-job').textContent = execution.job;
        $('#detail-status').replaceChildren(badge(execution.status));
        $('#detail-server-stopped').hidden = !execution.serverStopped;
        $('#detail-exit-status').textContent = execution.exitStatus || '—';
        $('#detail-instance').textContent = String(execution.instanceId);
        $('#detail-created').replaceChildren(time(execution.createTime));
        $('#detail-started').replaceChildren(time(execution.startTime));
        $('#detail-ended').replaceChildren(time(execution.endTime));
        $('#detail-updated').replaceChildren(time(execution.lastUpdatedTime));

        const buttons = (execution.actions || []).filter((action) => ACTIONS[action]).map((action) =>
            el('button', {type: 'button', class: action === 'abandon' ? 'danger' : 'primary', data: {action},
                text: ACTIONS[action].label, onclick: () => act(execution, action)}));
        $('#detail-actions').replaceChildren(...buttons);

        const parameters = Object.entries(detail.parameters || {}).sort(([a], [b]) => a.localeCompare(b))
            .map(([name, value]) => el('tr', {data: {parameter: name}}, el('th', {text: name}), el('td', {class: 'pre', text: value})));
        replaceRows($('#detail-parameters tbody'), parameters, 'None: the job\'s defaults.', 2);

        const steps = (detail.steps || []).map((step) => el('tr', {data: {step: step.name, status: step.status}},
            el('td', {text: step.name}),
            el('td', {}, badge(step.status)),
            el('td', {}, time(step.startTime)),
            el('td', {}, time(step.endTime)),
            el('td', {}, progressOf(step), step.failure ? el('div', {class: 'failure pre', data: {field: 'failure'}, text: step.failure}) : null,
                !step.failure && step.exitStatus && step.exitStatus !== step.status
                    ? el('div', {class: 'muted small clip', title: step.exitStatus, text: step.exitStatus}) : null)));
        replaceRows($('#detail-steps tbody'), steps, 'No step has run yet.', 5);

        const metrics = [];
        for (const step of detail.steps || []) {
            metrics.push(metricsRow(step.name, 'this execution', step.metrics, 'execution'));
            metrics.push(metricsRow(step.name, 'all runs of the instance', step.instanceMetrics, 'instance'));
        }
        replaceRows($('#detail-metrics tbody'), metrics, 'No metrics yet.', 10);

        const runs = (detail.instanceExecutions || []).map((run) => el('tr',
            {class: run.id === execution.id ? 'selected' : '', data: {executionId: String(run.id), status: run.status}},
            el('td', {}, executionLink(run.id)),
            el('td', {}, badge(run.status)),
            el('td', {}, time(run.createTime)),
            el('td', {}, time(run.endTime))));
        replaceRows($('#detail-instance-executions tbody'), runs, 'No other execution.', 4);
    }

    /** A determinate bar when the step knows its total, an indeterminate one (a batchlet) otherwise. */
    function progressOf(step) {
        if (!step.progress) {
            return null;
        }
        const {done, total} = step.progress;
        const bar = el('progress', {class: 'progress', data: {done: String(done), total: String(total)}});
        if (total > 0) {
            bar.max = total;
            bar.value = done;
        }
        const label = total > 0 ? `${done} of ${total} (${Math.floor((100 * done) / total)}%)` : 'running';
        return el('div', {class: 'progress-line'}, bar, el('span', {class: 'muted small', text: ` ${label}`}));
    }

    function metricsRow(step, over, metrics, scope) {
        const values = metrics || {};
        return el('tr', {class: scope === 'instance' ? 'sub' : '', data: {metricsStep: step, scope}},
            el('td', {text: scope === 'instance' ? '' : step}),
            el('td', {class: 'muted', text: over}),
            ...METRICS.map((name) => el('td', {data: {metric: name}, text: values[name] === undefined ? '—' : String(values[name])})));
    }

    async function act(execution, action) {
        if (!confirm(ACTIONS[action].confirm(execution))) {
            return;
        }
        try {
            const answer = await api(`executions/${encodeURIComponent(execution.id)}/${action}`, {method: 'POST'});
            if (action === 'restart') {
                showMessage(`Execution ${execution.id} restarted as execution ${answer.id}.`, 'ok');
                await selectExecution(answer.id);
            } else {
                showMessage(action === 'stop' ? `Stopping execution ${execution.id}.` : `Execution ${execution.id} abandoned.`, 'ok');
            }
        } catch (error) {
            showMessage(`${ACTIONS[action].label} of execution ${execution.id} refused: ${error.message}`, 'error');
        }
        scheduleAfterChange();
    }

    /** After an action the page is refreshed at once, so the new state shows without waiting for the timer. */
    function scheduleAfterChange() {
        refresh();
    }

    // ---- schedule

    async function loadSchedule() {
        const section = $('#schedule');
        let schedule;
        try {
            schedule = await api('schedule');
            sectionError(section, null);
        } catch (error) {
            $('#schedule-body').hidden = true;
            sectionError(section, error);
            return;
        }
        state.schedule = schedule;
        $('#schedule-body').hidden = false;
        section.dataset.enabled = String(schedule.enabled);
        $('#schedule-job').textContent = schedule.job;
        $('#schedule-state').replaceChildren(el('span', {class: `badge ${schedule.enabled ? 'badge-completed' : 'badge-abandoned'}`,
            data: {enabled: String(schedule.enabled)}, text: schedule.enabled ? 'ENABLED' : 'DISABLED'}));
        $('#schedule-expression').textContent = schedule.expression;
        $('#schedule-zone').textContent = schedule.timeZone ? `(${schedule.timeZone})` : '';
        $('#schedule-next-run').replaceChildren(schedule.enabled ? time(schedule.nextRun) : el('span', {class: 'muted', text: 'disabled'}));
        $('#schedule-last-fire').replaceChildren(schedule.lastFire ? fireSummary(schedule.lastFire)
            : el('span', {class: 'muted', text: 'never fired'}));
        const parameters = Object.entries(schedule.parameters || {}).map(([name, value]) => `${name}=${value}`).join(', ');
        $('#schedule-parameters').textContent = parameters || 'none: the job\'s defaults';
        const toggle = $('#schedule-toggle');
        toggle.textContent = schedule.enabled ? 'Disable' : 'Enable';
        toggle.dataset.action = schedule.enabled ? 'disable' : 'enable';
        const fires = (schedule.recentFires || []).map((fire) => el('tr', {data: {outcome: fire.outcome}},
            el('td', {}, time(fire.firedAt)),
            el('td', {text: triggerOf(fire)}),
            el('td', {}, badge(fire.outcome)),
            el('td', {}, executionLink(fire.executionId)),
            el('td', {text: fire.reason || ''})));
        replaceRows($('#schedule-fires tbody'), fires, 'No fires yet.', 5);
    }

    function triggerOf(fire) {
        return fire.trigger === 'RUN_NOW' ? 'Run now' : fire.trigger === 'TIMER' ? 'timer' : (fire.trigger || '');
    }

    function fireSummary(fire) {
        return el('span', {}, time(fire.firedAt), fire.trigger ? ` (${triggerOf(fire)}) ` : ' ', badge(fire.outcome), ' ',
            fire.executionId !== null && fire.executionId !== undefined ? executionLink(fire.executionId) : null,
            fire.reason ? el('span', {class: 'muted', text: ` ${fire.reason}`}) : null);
    }

    async function runScheduleNow() {
        const job = state.schedule ? state.schedule.job : 'the scheduled job';
        if (!confirm(`Run ${job} now with the schedule's parameters?`)) {
            return;
        }
        try {
            const execution = await api('schedule/run', {method: 'POST'});
            showMessage(`Started ${execution.job}: execution ${execution.id}.`, 'ok');
            await selectExecution(execution.id);
        } catch (error) {
            showMessage(`Run now refused: ${error.message}`, 'error');
        }
        scheduleAfterChange();
    }

    async function updateSchedule(change, question, done) {
        if (!confirm(question)) {
            return;
        }
        try {
            await api('schedule', {method: 'PUT', body: change});
            showMessage(done, 'ok');
        } catch (error) {
            showMessage(`The schedule was not changed: ${error.message}`, 'error');
        }
        scheduleAfterChange();
    }

    function toggleSchedule() {
        const enable = !(state.schedule && state.schedule.enabled);
        updateSchedule({enabled: enable}, enable ? 'Enable the schedule?' : 'Disable the schedule? Nothing runs until it is enabled again.',
            enable ? 'The schedule is enabled.' : 'The schedule is disabled.');
    }

    function submitExpression(event) {
        event.preventDefault();
        const expression = $('#schedule-expression-input').value.trim();
        updateSchedule({expression}, `Set the schedule to '${expression}'?`, `The schedule is now '${expression}'.`);
    }

    // ---- rejected documents

    async function loadRejections() {
        const section = $('#rejections');
        const page = state.rejections;
        let result;
        try {
            result = await api(query('rejections', {...page.filters, offset: page.offset, limit: PAGE_SIZE}));
            sectionError(section, null);
        } catch (error) {
            sectionError(section, error);
            return;
        }
        const rows = result.items.map((rejection) => el('tr', {data: {rejectionId: String(rejection.id)}},
            el('td', {}, time(rejection.rejectedAt)),
            el('td', {}, executionLink(rejection.executionId)),
            el('td', {class: 'path', text: rejection.path}),
            el('td', {class: 'reason', text: rejection.reason}),
            el('td', {text: rejection.filingDate || '—'})));
        replaceRows($('#rejections-table tbody'), rows, 'No rejected documents match.', 5);
        renderPager($('#rejections-pager'), result, page, loadRejections);
    }

    // ---- reports

    async function loadReports() {
        const section = $('#reports');
        const page = state.reports;
        let result;
        try {
            result = await api(query('reports', {...page.filters, offset: page.offset, limit: PAGE_SIZE}));
            sectionError(section, null);
        } catch (error) {
            sectionError(section, error);
            return;
        }
        const rows = result.items.map((report) => el('tr',
            {data: {reportId: String(report.id), kind: report.kind, fileName: report.fileName, sha256: report.sha256}},
            el('td', {}, downloadLink(report)),
            el('td', {text: report.kind}),
            el('td', {text: report.periodFrom === report.periodTo ? (report.periodFrom || '—')
                    : `${report.periodFrom || '…'} to ${report.periodTo || '…'}`},
                report.issuer ? el('div', {class: 'muted small', text: report.issuer}) : null),
            el('td', {class: 'number', text: report.rows === undefined || report.rows === null ? '—' : String(report.rows)}),
            el('td', {class: 'number', title: `${report.sizeBytes} bytes`, text: bytes(report.sizeBytes)}),
            el('td', {}, time(report.createdAt)),
            el('td', {}, executionLink(report.executionId)),
            el('td', {class: 'hash', title: report.sha256, text: report.sha256 ? `${report.sha256.slice(0, 12)}…` : '—'})));
        replaceRows($('#reports-table tbody'), rows, 'No reports match.', 8);
        renderPager($('#reports-pager'), result, page, loadReports);
    }

    /** The download link: only a path of this application, so the API cannot point the browser elsewhere. */
    function downloadLink(report) {
        const url = new URL(report.download || `../api/reports/${encodeURIComponent(report.id)}/file`, API);
        if (url.origin !== location.origin) {
            return el('span', {text: report.fileName});
        }
        // url.href, not a path: a path would take on the user:password the page may have been opened with
        return el('a', {href: url.href, download: report.fileName, data: {download: String(report.id)},
            text: report.fileName});
    }

    // ---- start

    function start() {
        $('#message-close').addEventListener('click', () => {
            $('#message').hidden = true;
        });
        $('#start-form').addEventListener('submit', submitStart);
        $('#start-cancel').addEventListener('click', () => {
            $('#start-form').hidden = true;
        });
        $('#detail-close').addEventListener('click', () => {
            state.selectedExecution = null;
            history.replaceState(null, '', location.pathname);
            $('#execution-detail').hidden = true;
            state.detailRunning = false;
        });
        $('#schedule-run-now').addEventListener('click', runScheduleNow);
        $('#schedule-toggle').addEventListener('click', toggleSchedule);
        $('#schedule-expression-form').addEventListener('submit', submitExpression);
        wireFilter('#executions-filter', state.executions, loadExecutions);
        wireFilter('#rejections-filter', state.rejections, loadRejections);
        wireFilter('#reports-filter', state.reports, loadReports);

        const selected = /^#execution=(\d+)$/.exec(location.hash);
        if (selected) {
            state.selectedExecution = Number(selected[1]);
        }
        loadMe();
        refresh();
    }

    start();
})();
