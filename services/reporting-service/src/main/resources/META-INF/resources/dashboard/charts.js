// A chart (Chart.js) always followed by the table of its numbers: the table is the chart's text
// alternative, and the canvas is labelled to point at it.
import { h, table } from './dom.js';
import { t } from './i18n.js';

const live = [];

export const COLOURS = {
  actual: '#0059b3', target: '#358000', lastYear: '#6b6b6b', forecast: '#b35c00', threshold: '#b3001b',
  promoters: '#358000', passives: '#8a8a8a', detractors: '#b3001b',
};

/** Destroys the charts of the view being left (Chart.js keeps listeners per canvas). */
export function destroyCharts() {
  while (live.length) live.pop().destroy();
}

export function chartWithTable(title, config, headers, rows) {
  const id = `chart-${Math.random().toString(36).slice(2, 10)}`;
  const canvas = h('canvas', { role: 'img', 'aria-label': `${title}. ${t('chartTable', title)}`, 'aria-describedby': `${id}-table` });
  const figure = h('figure', { class: 'dash-chart' },
    h('figcaption', { class: 'h4' }, title),
    h('div', { class: 'dash-chart-canvas' }, canvas),
    table(t('chartTable', title), headers, rows, { id: `${id}-table` }));
  if (window.Chart) {
    // Drawn once the figure is in the page, so that Chart.js can measure its box.
    requestAnimationFrame(() => {
      if (!canvas.isConnected) return;
      const options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
      live.push(new window.Chart(canvas, Object.assign({}, config, { options })));
    });
  }
  return figure;
}

export function bars(labels, datasets, options) {
  return { type: 'bar', data: { labels, datasets }, options: options || {} };
}
