// One goal: its figures, then a chart with its table for each breakdown the API gives.
import { h, table } from './dom.js';
import { code, t } from './i18n.js';
import { clock, date, month, number, withUnit } from './format.js';
import { bars, chartWithTable, COLOURS } from './charts.js';
import { card } from './overview.js';
import { feedsOf } from './feeds.js';

export function detail(goal) {
  const b = goal.breakdowns || {};
  return h('div', { id: 'detail', dataset: { goalId: goal.id } },
    h('p', {}, h('a', { href: '#/', class: 'dash-back' }, `← ${t('back')}`)),
    h('h1', {}, goal.title),
    h('p', { class: 'dash-asof' }, `${t('contractGoal', goal.contractGoal)} · ${t('goalsAsOf', date(goal.asOf))}`),
    goal.description ? h('p', { class: 'dash-description' }, goal.description) : null,
    h('div', { class: 'dash-cards dash-cards-single' }, card(goal, goal.freshness)),
    freshnessTable(goal),
    b.byMonthEnd ? burnUp(goal, b) : null,
    b.byMonth ? courseSplits(b) : null,
    b.ruralUrban ? spread(b) : null,
    b.newCompanies !== undefined ? newCompanies(b) : null,
    b.wheelUsedCourses !== undefined ? wheel(b) : null,
    b.respondents !== undefined ? awareness(b) : null,
    b.promoters !== undefined ? nps(b) : null,
    b.byAnswer ? answers(b) : null,
    b.bySegment ? segments(b) : null,
    b.outboundReferrals ? referralOutcomes(b.outboundReferrals) : null,
    b.treatedUsed !== undefined ? cohorts(b) : null,
    b.responsesWithoutGuidance && b.responsesWithoutGuidance.count > 0
      ? h('p', {}, t('responsesWithoutGuidance', number(b.responsesWithoutGuidance.count))) : null,
    goal.criteria ? criteria(goal.criteria) : null,
    goal.activities ? activities(goal.activities) : null);
}

function section(title, ...children) {
  // A chart titled like its section keeps its caption for screen readers only: the heading says it once.
  children.flat().forEach((child) => {
    const caption = child && child.querySelector && child.querySelector(':scope > figcaption');
    if (caption && caption.textContent === title) caption.classList.add('sr-only');
  });
  return h('section', { class: 'dash-section' }, h('h2', { class: 'h3' }, title), ...children);
}

function freshnessTable(goal) {
  const rows = feedsOf(goal).map((feed) => {
    const s = (goal.freshness || {})[feed] || {};
    return [t(`feeds.${feed}`), s.newestRecordedAt ? clock(s.newestRecordedAt) : '–', number(s.facts ?? 0),
      number(s.parkedEvents ?? 0)];
  });
  return table(t('freshnessTitle'), [t('feed'), t('newestRecordedAt'), t('facts'), t('parkedEvents')], rows);
}

function daysInYear(year) {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86400000;
}

function dayOfYear(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000 + 1;
}

function monthEndDay(year, m) {
  return (Date.UTC(year, m, 1) - Date.UTC(year, 0, 1)) / 86400000;
}

/**
 * A count goal's actual at each month's end against the pro-rata target and last year (the same
 * count of the year before; both series are the breakdown's), forecast linearly to year end.
 */
function burnUp(goal, b) {
  const year = goal.year;
  const asOfYear = Number(goal.asOf.slice(0, 4));
  const asOfMonth = asOfYear === year ? Number(goal.asOf.slice(5, 7)) : asOfYear > year ? 12 : 0;
  const cumulative = b.byMonthEnd.map((entry, i) => (i < asOfMonth ? entry.count : null));
  const target = Number(goal.target);
  const proRata = b.byMonthEnd.map((_, i) => Math.round(target * monthEndDay(year, i + 1) / daysInYear(year) * 10) / 10);
  const previous = b.previousYearByMonthEnd && b.previousYearByMonthEnd.some((entry) => entry.count > 0)
    ? b.previousYearByMonthEnd.map((entry) => entry.count) : null;
  const elapsed = asOfYear > year ? daysInYear(year) : asOfYear < year ? 0 : dayOfYear(goal.asOf);
  const yearRunning = elapsed > 0 && elapsed < daysInYear(year);
  const actualNow = cumulative[asOfMonth - 1] ?? 0;
  const projected = yearRunning ? Math.round(actualNow / elapsed * daysInYear(year) * 10) / 10 : null;
  const forecast = b.byMonthEnd.map((_, i) => {
    if (!yearRunning || i < asOfMonth - 1) return null;
    const fraction = (monthEndDay(year, i + 1) - monthEndDay(year, asOfMonth)) / (daysInYear(year) - monthEndDay(year, asOfMonth));
    return i === asOfMonth - 1 ? actualNow : Math.round((actualNow + (projected - actualNow) * fraction) * 10) / 10;
  });
  const labels = b.byMonthEnd.map((entry) => month(entry.key));
  const datasets = [
    { label: t('cumulative'), data: cumulative, borderColor: COLOURS.actual, backgroundColor: COLOURS.actual },
    { label: t('proRata'), data: proRata, borderColor: COLOURS.target, backgroundColor: COLOURS.target, borderDash: [6, 4] },
  ];
  if (previous) datasets.push({ label: t('lastYear'), data: previous, borderColor: COLOURS.lastYear, backgroundColor: COLOURS.lastYear });
  if (projected !== null) datasets.push({ label: t('forecast'), data: forecast, borderColor: COLOURS.forecast, backgroundColor: COLOURS.forecast, borderDash: [2, 3] });
  const headers = [t('month'), t('cumulative'), t('proRata')]
    .concat(previous ? [t('lastYear')] : [], projected !== null ? [t('forecast')] : []);
  const rows = b.byMonthEnd.map((entry, i) => [month(entry.key), number(cumulative[i]), number(proRata[i])]
    .concat(previous ? [number(previous[i])] : [], projected !== null ? [number(forecast[i])] : []));
  return section(t('burnUp'),
    chartWithTable(t('burnUp'), { type: 'line', data: { labels, datasets }, options: { spanGaps: false } }, headers, rows),
    h('p', { class: 'dash-method', 'data-field': 'forecast' },
      projected !== null ? t('forecastMethod', number(projected)) : t(elapsed > 0 ? 'yearOver' : 'yearNotStarted')),
    previous ? null : h('p', { class: 'dash-method' }, t('noLastYear', goal.house, year - 1)));
}

function countChart(title, entries) {
  const labels = entries.map((e) => e.name || code(e.key));
  return chartWithTable(title,
    bars(labels, [{ label: t('count'), data: entries.map((e) => e.count), backgroundColor: COLOURS.actual }]),
    [title, t('count')], entries.map((e) => [e.name || code(e.key), number(e.count)]));
}

function courseSplits(b) {
  return [
    section(t('byMunicipality'), countChart(t('byMunicipality'), b.byMunicipality)),
    section(t('byCategory'), countChart(t('byCategory'), b.byCategory)),
    section(t('byTheme'), countChart(t('byTheme'), b.byTheme)),
  ];
}

function spread(b) {
  const m = b.municipalities;
  const labels = m.map((x) => x.name);
  const datasets = [
    { label: t('actualShare'), data: m.map((x) => x.actualShare), backgroundColor: COLOURS.actual },
    { label: t('keyShare'), data: m.map((x) => x.keyShare), backgroundColor: COLOURS.target },
    { label: t('thresholdShare'), data: m.map((x) => x.thresholdShare), type: 'line', borderColor: COLOURS.threshold,
      backgroundColor: COLOURS.threshold, showLine: false, pointStyle: 'line', pointRadius: 12, pointBorderWidth: 3 },
  ];
  const groups = b.ruralUrban;
  return [
    section(t('byMunicipality'),
      chartWithTable(t('byMunicipality'), bars(labels, datasets),
        [t('municipality'), t('group'), t('companies'), t('courses'), t('actualShare'), t('keyShare'), t('thresholdShare'), t('meets')],
        m.map((x) => [x.name, code(x.group), number(x.companies), number(x.courses), number(x.actualShare), number(x.keyShare),
          number(x.thresholdShare), x.meets ? t('yes') : t('no')]))),
    section(t('ruralUrban'),
      chartWithTable(t('ruralUrban'), bars(groups.map((g) => code(g.group)), [
        { label: t('actualShare'), data: groups.map((g) => g.actualShare), backgroundColor: COLOURS.actual },
        { label: t('keyShare'), data: groups.map((g) => g.keyShare), backgroundColor: COLOURS.target },
      ]), [t('group'), t('municipalities'), t('municipalitiesMeeting'), t('companies'), t('courses'), t('actualShare'), t('keyShare')],
      groups.map((g) => [code(g.group), number(g.municipalities), number(g.municipalitiesMeeting), number(g.companies),
        number(g.courses), number(g.actualShare), number(g.keyShare)]))),
  ];
}

function newCompanies(b) {
  return section(t('newCompanies'),
    chartWithTable(t('newCompanies'), bars([t('newLabel'), t('returningLabel')],
      [{ label: t('companies'), data: [b.newCompanies, b.returningCompanies], backgroundColor: COLOURS.actual }]),
    [t('field'), t('value')], [[t('guidedCompanies'), number(b.guidedCompanies)],
      [t('evaluatedCompanies'), number(b.evaluatedCompanies)], [t('newLabel'), number(b.newCompanies)],
      [t('returningLabel'), number(b.returningCompanies)]]));
}

function keyValues(title, pairs) {
  return section(title, table(title, [t('field'), t('value')], pairs.map(([k, v]) => [k, v])));
}

function wheel(b) {
  return keyValues(t('wheel'), [[t('wheelFields.coursesInYear'), number(b.coursesInYear)],
    [t('wheelFields.wheelUsedCourses'), number(b.wheelUsedCourses)],
    [t('wheelFields.greenTransitionCourses'), number(b.greenTransitionCourses)],
    [t('wheelFields.greenTransitionCoursesWithWheel'), number(b.greenTransitionCoursesWithWheel)],
    [t('wheelFields.greenTransitionWheelShare'), number(b.greenTransitionWheelShare)],
    [t('wheelFields.selfHelpActivity'), b.selfHelpActivity ? t('yes') : t('no')]]);
}

function awareness(b) {
  return keyValues(t('awarenessSurvey'), [[t('awarenessFields.surveyId'), b.surveyId],
    [t('awarenessFields.conductedOn'), date(b.conductedOn)], [t('awarenessFields.respondents'), number(b.respondents)],
    [t('awarenessFields.awareOfHouse'), number(b.awareOfHouse)],
    [t('awarenessFields.awareOfGreenServices'), number(b.awareOfGreenServices)],
    [t('awarenessFields.surveysInYear'), number(b.surveysInYear)]]);
}

function nps(b) {
  const segment = b.segment ? code(b.segment) : '';
  const datasets = [
    { label: t('promoters'), data: [b.promoters], backgroundColor: COLOURS.promoters },
    { label: t('passives'), data: [b.passives], backgroundColor: COLOURS.passives },
    { label: t('detractors'), data: [b.detractors], backgroundColor: COLOURS.detractors },
  ];
  return section(t('nps'),
    chartWithTable(`${t('nps')} ${segment}`.trim(),
      bars([segment || t('responses')], datasets, { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } }),
      [t('segment'), t('promoters'), t('passives'), t('detractors'), t('missingScores'), t('responses')],
      [[segment || '–', number(b.promoters), number(b.passives), number(b.detractors), number(b.missingScores), number(b.responses)]]));
}

function answers(b) {
  const title = b.segment ? `${t('answers')} (${code(b.segment)})` : t('answers');
  return section(title,
    chartWithTable(title, bars(b.byAnswer.map((a) => code(a.key)),
      [{ label: t('count'), data: b.byAnswer.map((a) => a.count), backgroundColor: COLOURS.actual }]),
    [t('answer'), t('count')], b.byAnswer.map((a) => [code(a.key), number(a.count)])));
}

function segments(b) {
  return section(t('bySegment'),
    chartWithTable(t('bySegment'), bars(b.bySegment.map((s) => code(s.segment)),
      [{ label: t('share'), data: b.bySegment.map((s) => s.share), backgroundColor: COLOURS.actual }]),
    [t('segment'), t('numerator'), t('denominator'), t('share')],
    b.bySegment.map((s) => [code(s.segment), number(s.numerator), number(s.denominator), number(s.share)])));
}

function referralOutcomes(r) {
  return keyValues(t('referralOutcomes'), [[t('referrals'), number(r.referrals)], [t('used'), number(r.used)],
    [t('notUsed'), number(r.notUsed)], [t('unreported'), number(r.unreported)]]);
}

function cohorts(b) {
  return section(t('treatedControl'),
    chartWithTable(t('treatedControl'), bars([t('treated'), t('control')],
      [{ label: t('growthPercent'), data: [b.treatedGrowthPercent ?? null, b.controlGrowthPercent ?? null],
        backgroundColor: [COLOURS.actual, COLOURS.lastYear] }]),
    [t('field'), t('growthPercent'), t('used'), t('leftOut')],
    [[t('treated'), number(b.treatedGrowthPercent), number(b.treatedUsed), number(b.treatedLeftOut)],
      [t('control'), number(b.controlGrowthPercent), number(b.controlUsed), number(b.controlLeftOut)]]),
    table(t('cohorts'), [t('field'), t('value')], [[t('measure'), code(b.measure)], [t('segment'), code(b.segment)],
      [t('cohorts'), (b.cohortIds || []).join(', ')], [t('period'), `${b.baseYear}–${b.endYear}`]]));
}

function criteria(list) {
  return section(t('criteria'), table(t('criteria'), [t('criterion'), t('satisfied')],
    list.map((c) => [c.name, c.satisfied ? t('yes') : t('no')])));
}

function activities(list) {
  return section(t('activities'),
    h('ul', { class: 'dash-checklist', 'data-field': 'activities' }, list.map((a) =>
      h('li', { class: `activity-${a.status}`, dataset: { activityId: a.id, status: a.status } },
        h('span', { class: 'dash-check', 'aria-hidden': 'true' }, a.status === 'DONE' ? '✓' : a.status === 'IN_PROGRESS' ? '…' : '○'),
        h('span', {}, h('strong', {}, code(a.status)), ` – ${a.title}`,
          a.changedOn ? h('span', { class: 'dash-muted' }, ` (${t('changedOn')} ${date(a.changedOn)})`) : null,
          a.note ? h('span', { class: 'dash-note' }, ` ${t('note')}: ${a.note}`) : null)))));
}
