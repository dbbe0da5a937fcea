// The overview: a card per goal, grouped by the contract's 11 goals.
import { h } from './dom.js';
import { t } from './i18n.js';
import { clock, date, number, withUnit } from './format.js';
import { feedsOf, newestOf } from './feeds.js';
import { houseName } from './houses.js';

export function overview(answer) {
  const groups = new Map();
  answer.goals.forEach((goal) => {
    if (!groups.has(goal.contractGoal)) groups.set(goal.contractGoal, []);
    groups.get(goal.contractGoal).push(goal);
  });
  const when = [t('goalsAsOf', date(answer.asOf))];
  if (answer.knownAtRequested) when.push(t('goalsKnownAt', clock(answer.knownAt)));
  return h('div', { id: 'overview', dataset: { asOf: answer.asOf } },
    h('h1', {}, t('overviewTitle', answer.year, houseName(answer.house))),
    h('p', { class: 'dash-asof', id: 'overview-asof' }, when.join(', ')),
    h('div', { class: 'dash-groups' }, [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([contractGoal, goals]) =>
      h('section', { class: 'dash-group', 'aria-labelledby': `contract-goal-${contractGoal}` },
        h('h2', { class: 'h3', id: `contract-goal-${contractGoal}` }, t('contractGoal', contractGoal)),
        h('div', { class: 'dash-cards' }, goals.map((goal) => card(goal, answer.freshness)))))));
}

export function card(goal, freshness) {
  return h('article', { class: `dash-card status-${goal.status}`, dataset: { goalId: goal.id, status: goal.status },
    'aria-labelledby': `title-${goal.id}` },
    h('h3', { class: 'h5 dash-card-title', id: `title-${goal.id}` },
      h('a', { href: `#/goal/${encodeURIComponent(goal.id)}` }, goal.title)),
    h('p', { class: 'dash-badge', 'data-field': 'status' }, t(`status.${goal.status}`)),
    h('p', { class: 'dash-figures' },
      h('span', { class: 'dash-actual', 'data-field': 'actual', 'data-value': goal.actual ?? '' }, withUnit(goal.actual, goal.unit)),
      ' ',
      h('span', { class: 'dash-target', 'data-field': 'target' },
        `${t('target')}: ${t(`comparison.${goal.comparison}`)} ${withUnit(goal.target, goal.unit)}`)),
    fulfilmentBar(goal),
    goal.numerator !== null && goal.denominator !== null
      ? h('p', { class: 'dash-fraction', 'data-field': 'fraction' }, t('shareOf', number(goal.numerator), number(goal.denominator)))
      : null,
    goal.awaitingFeed ? h('p', { class: 'dash-awaiting', 'data-field': 'awaiting' }, t('awaiting', goal.awaitingFeed)) : null,
    freshnessLine(goal, freshness));
}

function fulfilmentBar(goal) {
  const percent = goal.fulfilmentPercent === null || goal.fulfilmentPercent === undefined ? null : Number(goal.fulfilmentPercent);
  const shown = percent === null ? 0 : Math.max(0, Math.min(100, percent));
  const label = percent === null ? t(`status.NO_DATA`) : t('fulfilmentOf', number(percent));
  return h('div', { class: 'dash-bar', role: 'progressbar', 'aria-label': `${t('fulfilment')}: ${goal.title}`,
    'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(shown), 'aria-valuetext': label,
    'data-field': 'fulfilment', 'data-value': percent ?? '' },
  h('span', { class: 'dash-bar-fill', style: `width: ${shown}%` }),
  h('span', { class: 'dash-bar-label' }, label));
}

function freshnessLine(goal, freshness) {
  const newest = newestOf(goal, freshness);
  const details = feedsOf(goal).map((feed) => {
    const status = freshness && freshness[feed];
    return t('freshnessFeed', t(`feeds.${feed}`), status && status.newestRecordedAt ? clock(status.newestRecordedAt) : '–');
  }).join('; ');
  return h('p', { class: 'dash-freshness', 'data-field': 'freshness', title: details },
    newest ? t('freshness', clock(newest)) : t('freshnessNone'));
}
