// A national token's comparison of every house for one year, one goals answer per house.
import { h, table } from './dom.js';
import { t } from './i18n.js';
import { number } from './format.js';
import { HOUSES } from './houses.js';
import { goals } from './api.js';

const STATUSES = ['MET', 'ON_TRACK', 'AT_RISK', 'NOT_MET', 'NO_DATA'];

export async function nationalView(year, when) {
  const answers = await Promise.all(HOUSES.map((house) => goals(house.id, year, when)
    .then((answer) => ({ house, answer }))
    .catch((error) => ({ house, error }))));
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
