import { type Language, translator } from '../i18n';
import { esc } from '../notices/notice-page';
import { type CountyStatistics, STATISTICS } from './statistics';

/**
 * The statistics as an SVG bar chart readable at a glance: one group of bars per township, one bar per measure,
 * each bar labelled with its number (colour is never the only signal), a legend naming the measures.
 */

const COLOURS: Record<(typeof STATISTICS)[number], string> = {
  received: '#1f5fa8',
  accepted: '#3b8bd9',
  decided: '#2e7d32',
  decidedWithinLimit: '#66bb6a',
  refused: '#8d6e63',
  overdue: '#c62828',
  complaints: '#f9a825',
};

const BAR = 16;
const GAP = 3;
const LABEL = 150;
const WIDTH = 760;

export function statisticsChart(stats: CountyStatistics, lng: Language): string {
  const t = translator(lng);
  const max = Math.max(1, ...stats.townships.flatMap((row) => STATISTICS.map((s) => row.counts[s])));
  const plot = WIDTH - LABEL - 60;
  const groupHeight = STATISTICS.length * (BAR + GAP) + 18;
  const legendTop = 48;
  const legendRows = Math.ceil(STATISTICS.length / 4);
  const top = legendTop + legendRows * 24 + 12;
  const height = top + Math.max(1, stats.townships.length) * groupHeight + 10;
  const legend = STATISTICS.map((s, i) => {
    const x = 20 + (i % 4) * 185;
    const y = legendTop + Math.floor(i / 4) * 24;
    return `<rect x="${x}" y="${y}" width="14" height="14" fill="${COLOURS[s]}"/><text x="${x + 20}" y="${y + 12}">${esc(t(`supervision:measure.${s}`))}</text>`;
  }).join('');
  const groups = stats.townships
    .map((row, g) => {
      const y0 = top + g * groupHeight;
      const bars = STATISTICS.map((s, i) => {
        const y = y0 + i * (BAR + GAP);
        const w = Math.round((row.counts[s] / max) * plot);
        return `<rect x="${LABEL}" y="${y}" width="${w}" height="${BAR}" fill="${COLOURS[s]}"><title>${esc(
          `${row.name} · ${t(`supervision:measure.${s}`)}: ${row.counts[s]}`,
        )}</title></rect><text x="${LABEL + w + 6}" y="${y + BAR - 3}">${row.counts[s]}</text>`;
      }).join('');
      return `<text x="10" y="${y0 + 14}" font-weight="bold">${esc(row.name)}</text>${bars}`;
    })
    .join('');
  const title = t('supervision:chartTitle', { county: stats.county.name, from: stats.from, to: stats.to });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}" font-family="'Noto Sans CJK SC', system-ui, sans-serif" font-size="14">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="26" font-size="18" font-weight="bold">${esc(title)}</text>${legend}${groups}
</svg>`;
}
