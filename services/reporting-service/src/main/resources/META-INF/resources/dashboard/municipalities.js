// The municipality view for the quarterly meetings with the municipalities' business offices.
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
    splits ? h('section', { class: 'dash-section' }, h('h2', { class: 'h3' }, t('houseWide')),
      table(t('byCategory'), [t('byCategory'), t('companies')], splits.byCategory.map((e) => [e.name || code(e.key), number(e.count)])),
      table(t('byTheme'), [t('byTheme'), t('companies')], splits.byTheme.map((e) => [e.name || code(e.key), number(e.count)]))) : null,
    h('div', { class: 'alert alert-info', role: 'note' },
      h('p', { class: 'alert-heading' }, t('gapsTitle')), h('p', { class: 'alert-text' }, t('municipalityGaps'))));
}
