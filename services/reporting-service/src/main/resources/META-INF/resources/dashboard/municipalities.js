// The municipality view for the quarterly meetings with the municipalities' business offices:
// each municipality's guided companies against its key share, its courses by category and theme,
// and the referrals in and out of it. Referrals the API could place in no municipality get a row of
// their own when every municipality is shown, so the columns add up to the house's referrals.
import { h, table } from './dom.js';
import { code, t } from './i18n.js';
import { number } from './format.js';
import { bars, chartWithTable, COLOURS } from './charts.js';
import { houseName } from './houses.js';

export function municipalityView(answer, unique, chosen, onChoose) {
  const list = chosen ? answer.municipalities.filter((m) => m.code === chosen) : answer.municipalities;
  const select = h('select', { class: 'form-select', id: 'pick-municipality',
    onchange: (e) => onChoose(e.target.value || null) },
  h('option', { value: '' }, t('allMunicipalities')),
  answer.municipalities.map((m) => h('option', { value: m.code, selected: m.code === chosen }, m.name)));
  const splits = unique && unique.breakdowns ? unique.breakdowns : null;
  return h('div', { id: 'municipalities' },
    h('h1', {}, t('municipalityTitle', answer.year, houseName(answer.house))),
    h('div', { class: 'form-group' }, h('label', { class: 'form-label', for: 'pick-municipality' }, t('municipalityPick')), select),
    chartWithTable(t('byMunicipality'), bars(list.map((m) => m.name), [
      { label: t('actualShare'), data: list.map((m) => m.actualShare), backgroundColor: COLOURS.actual },
      { label: t('keyShare'), data: list.map((m) => m.keyShare), backgroundColor: COLOURS.target },
    ]), [t('municipality'), t('group'), t('guidedCompanies'), t('courses'), t('actualShare'), t('keyShare')],
    list.map((m) => [m.name, code(m.group), number(m.guidedCompanies), number(m.courses), number(m.actualShare), number(m.keyShare)])),
    h('p', {}, t('outsideMunicipalities', number(answer.companiesOutsideMunicipalities))),
    h('section', { class: 'dash-section' }, h('h2', { class: 'h3' }, t('coursesPerMunicipality')),
      countsTable('municipality-categories', t('coursesByCategory'), list, (m) => m.coursesByCategory),
      countsTable('municipality-themes', t('coursesByTheme'), list, (m) => m.coursesByTheme),
      h('p', {}, t('themesOverlap'))),
    h('section', { class: 'dash-section' }, h('h2', { class: 'h3' }, t('referralsPerMunicipality')),
      referralsTable(answer, list, !chosen),
      h('p', {}, t('referralPlacement'))),
    splits ? h('section', { class: 'dash-section' }, h('h2', { class: 'h3' }, t('houseWide')),
      table(t('byCategory'), [t('byCategory'), t('companies')], splits.byCategory.map((e) => [e.name || code(e.key), number(e.count)])),
      table(t('byTheme'), [t('byTheme'), t('companies')], splits.byTheme.map((e) => [e.name || code(e.key), number(e.count)]))) : null);
}

/** One row per municipality, one column per code (every code is in every row, in the same order). */
function countsTable(id, caption, list, countsOf) {
  const keys = list.length ? countsOf(list[0]).map((e) => e.key) : [];
  return table(caption, [t('municipality'), ...keys.map((key) => code(key))],
    list.map((m) => [m.name, ...countsOf(m).map((e) => number(e.count))]), { id });
}

function referralsTable(answer, list, withUnplaced) {
  const row = (name, into, out) => [name, number(into.referrals), number(out.referrals), number(out.used),
    number(out.notUsed), number(out.unreported)];
  const rows = list.map((m) => row(m.name, m.referralsIn, m.referralsOut));
  if (withUnplaced) rows.push(row(t('unplaced'), answer.unplacedReferralsIn, answer.unplacedReferralsOut));
  return table(t('referralsPerMunicipality'), [t('municipality'), t('referralsIn'), t('referralsOut'), t('referralUsed'),
    t('notUsed'), t('unreported')], rows, { id: 'municipality-referrals' });
}
