// The dashboard: pickers, views by URL fragment (#/, #/goal/<id>, #/municipalities, #/national),
// and the live goal stream.
import { claims, forgetToken, takeTokenFromFragment, token } from './auth.js';
import { currentLanguage, setLanguage, t, translateStatic } from './i18n.js';
import * as api from './api.js';
import { GoalStream } from './sse.js';
import { h } from './dom.js';
import { clock } from './format.js';
import { destroyCharts } from './charts.js';
import { card, overview } from './overview.js';
import { detail } from './detail.js';
import { municipalityView } from './municipalities.js';
import { nationalView } from './national.js';
import { houseName, houses, loadHouses, yearsOf } from './houses.js';

const state = { house: null, year: null, asOf: '', knownAt: '', national: false, municipality: null, freshness: null };
let stream = null;
let streamKey = null;
let refreshTimer = null;
let renderSeq = 0;

const view = () => document.getElementById('view');

function when() {
  return { asOf: state.asOf, knownAt: state.knownAt ? new Date(state.knownAt).toISOString() : '' };
}

function copenhagenYear() {
  return Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date()));
}

function show(...nodes) {
  destroyCharts();
  view().replaceChildren(...nodes);
}

function message(kind, heading, text) {
  return h('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('p', { class: 'alert-heading' }, heading), text ? h('p', { class: 'alert-text' }, text) : null);
}

function showLogin(reason) {
  document.getElementById('pickers').hidden = true;
  show(h('div', { id: 'login' }, message('info', t('loginTitle'), reason ? t('loginExpired', reason) : t('loginText')),
    reason ? h('p', {}, t('loginText')) : null));
}

function handle(error) {
  if (error.status === 401) {
    forgetToken();
    stopStream();
    showLogin(error.message);
  } else if (error.status === 404 && error.problem && (error.problem.errors || []).some((e) => e.field === 'year')) {
    show(message('warning', t('noCatalogue', houseName(state.house), state.year)));
  } else {
    show(message('error', t('error', error.message)));
  }
}

/** Re-renders without losing the keyboard focus: the focused goal link or control is focused again. */
function keepingFocus(render) {
  const active = document.activeElement;
  const goalCard = active && active.closest && active.closest('[data-goal-id]');
  const goalId = goalCard ? goalCard.dataset.goalId : null;
  const id = active && active.id;
  render();
  const again = goalId ? document.querySelector(`[data-goal-id="${CSS.escape(goalId)}"] a`) : id ? document.getElementById(id) : null;
  if (again && again !== document.activeElement) again.focus({ preventScroll: true });
}

async function render() {
  const seq = ++renderSeq;
  const hash = window.location.hash || '#/';
  const goalMatch = /^#\/goal\/(.+)$/.exec(hash);
  const houseMatch = /^#\/house\/(.+)$/.exec(hash);
  if (houseMatch && state.national) {
    state.house = decodeURIComponent(houseMatch[1]);
    fillPickers();
    window.location.hash = '#/';
    return;
  }
  try {
    if (hash === '#/national') {
      if (!state.national) { show(message('warning', t('nationalOnly'))); return; }
      const page = await nationalView(state.year, when());
      if (seq === renderSeq) show(page);
    } else if (hash === '#/municipalities') {
      const [answer, unique] = await Promise.all([api.municipalities(state.house, state.year, when()),
        api.goal(state.house, state.year, 'G11-UNIQUE-COMPANIES', when()).catch(() => null)]);
      if (seq === renderSeq) {
        keepingFocus(() => show(municipalityView(answer, unique, state.municipality, (code) => {
          state.municipality = code;
          render();
        })));
      }
    } else if (goalMatch) {
      const goalId = decodeURIComponent(goalMatch[1]);
      const goal = await api.goal(state.house, state.year, goalId, when());
      if (seq === renderSeq) keepingFocus(() => show(detail(goal)));
    } else {
      const answer = await api.goals(state.house, state.year, when());
      answer.knownAtRequested = Boolean(state.knownAt);
      state.freshness = answer.freshness;
      if (seq === renderSeq) keepingFocus(() => show(overview(answer)));
    }
  } catch (error) {
    if (seq === renderSeq) handle(error);
  }
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(render, 300);
}

function live(text) {
  document.getElementById('live-status').textContent = text;
}

function onGoalChanged(name, data) {
  if (name !== 'goal-changed') return;
  let goal;
  try { goal = JSON.parse(data); } catch (e) { return; }
  live(t('liveUpdated', clock(new Date().toISOString()), goal.title));
  // The event is the goal as the list shows it today; a chosen date or knowledge instant is read again.
  const shown = document.querySelector(`#overview [data-goal-id="${CSS.escape(goal.id)}"]`);
  if (shown && !state.asOf && !state.knownAt) {
    keepingFocus(() => shown.replaceWith(card(goal, state.freshness)));
  }
  scheduleRefresh();
}

function stopStream() {
  if (stream) stream.stop();
  stream = null;
  streamKey = null;
}

function startStream() {
  const key = `${state.house}/${state.year}`;
  if (streamKey === key) return;
  stopStream();
  streamKey = key;
  stream = new GoalStream(api.streamPath(state.house, state.year), {
    onEvent: onGoalChanged,
    onState: (s) => live({ open: t('liveConnected'), reconnecting: t('liveReconnecting'), closed: '' }[s]),
  }).start();
}

function fillPickers() {
  const house = document.getElementById('pick-house');
  house.replaceChildren(...houses().map((x) => h('option', { value: x.id, selected: x.id === state.house }, x.name)));
  const year = document.getElementById('pick-year');
  // The house's catalogue years, newest first; a year without one stays listed while it is chosen.
  const years = [...new Set([...yearsOf(state.house), state.year])].sort((a, b) => b - a);
  year.replaceChildren(...years.map((y) => h('option', { value: y, selected: y === state.year }, String(y))));
  document.getElementById('pick-asof').value = state.asOf;
  document.getElementById('pick-knownat').value = state.knownAt;
  startStream();
}

/** The newest year up to next year for which the house has a goal catalogue; this year when it has none. */
function newestCatalogueYear(house) {
  const years = yearsOf(house).filter((y) => y <= copenhagenYear() + 1);
  return years.length ? years[years.length - 1] : copenhagenYear();
}

function wirePickers() {
  const form = document.getElementById('pickers');
  form.addEventListener('submit', (e) => e.preventDefault());
  document.getElementById('pick-house').addEventListener('change', (e) => {
    state.house = e.target.value;
    state.municipality = null;
    if (!yearsOf(state.house).includes(state.year) && yearsOf(state.house).length) {
      state.year = newestCatalogueYear(state.house);
    }
    fillPickers();
    render();
  });
  document.getElementById('pick-year').addEventListener('change', (e) => {
    state.year = Number(e.target.value);
    fillPickers();
    render();
  });
  document.getElementById('pick-asof').addEventListener('change', (e) => { state.asOf = e.target.value; render(); });
  document.getElementById('pick-knownat').addEventListener('change', (e) => { state.knownAt = e.target.value; render(); });
  document.getElementById('pick-reset').addEventListener('click', () => {
    state.asOf = '';
    state.knownAt = '';
    fillPickers();
    render();
  });
}

function wireLanguage() {
  const toggle = document.getElementById('lang-toggle');
  const label = () => {
    toggle.textContent = t('switchLanguage');
    toggle.lang = currentLanguage() === 'da' ? 'en' : 'da';
    translateStatic();
    document.title = t('brand');
  };
  toggle.addEventListener('click', () => {
    setLanguage(currentLanguage() === 'da' ? 'en' : 'da');
    label();
    if (token()) render(); else showLogin();
  });
  setLanguage(currentLanguage());
  label();
}

async function start() {
  takeTokenFromFragment();
  wireLanguage();
  wirePickers();
  window.addEventListener('hashchange', () => {
    if (/(?:^#|&)token=/.test(window.location.hash)) { takeTokenFromFragment(); window.location.reload(); return; }
    render();
  });
  if (!token()) { showLogin(); return; }
  const who = claims();
  state.national = who.national;
  document.getElementById('nav-national').hidden = !state.national;
  show(h('p', {}, t('loading')));
  try {
    await loadHouses(who);
  } catch (error) {
    handle(error);
    return;
  }
  state.house = who.house || houses()[0].id;
  state.year = newestCatalogueYear(state.house);
  document.getElementById('pickers').hidden = false;
  fillPickers();
  render();
}

start();
