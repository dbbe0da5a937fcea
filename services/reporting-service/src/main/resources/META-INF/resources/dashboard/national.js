// A national token's comparison of every house for one year, one goals answer per house with a catalogue.
import { h, table } from './dom.js';
import { t } from './i18n.js';
import { number } from './format.js';
import { houses } from './houses.js';
import { goals } from './api.js';

const STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'NOT_MET', 'NO_DATA'];

export async function nationalView(year, when) {
  // A house without a catalogue for the year is not asked: the list of houses says so.
  const answers = await Promise.all(houses().map((house) => (house.years.includes(year)
    ? goals(house.id, year, when).then((answer) => ({ house, answer })).catch((error) => ({ house, error }))
    : Promise.resolve({ house, error: { status: 404 } }))));
  const rows = answers.map(({ house, answer, error }) => {
    if (error) {
      const missing = error.status === 404;
      return [h('span', { dataset: { house: house.id } }, house.name), missing ? t('catalogueMissing') : t('error', error.message),
        '', '', '', '', ''];
    }
    const tally = STATUSES.map((status) => answer.goals.filter((g) => g.status === status).length);
    return [h('a', { href: `#/house/${house.id}`, dataset: { house: house.id } }, house.name), number(answer.goals.length),
      ...tally.map(number)];
  });
  return h('div', { id: 'national' },
    h('h1', {}, t('nationalTitle', year)),
    table(t('nationalTitle', year), [t('house'), t('goalsCount'), ...STATUSES.map((s) => t(`status.${s}`))], rows,
      { id: 'national-table' }));
}
