import { type Language, translator } from '../i18n';
import type { PublicNotice } from './public-notices';

/** Escapes text for HTML: every value on a page passes through it. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The public notice as a plain page a notice board or a phone can show; large type, no script. */
export function noticePage(notice: PublicNotice, lng: Language): string {
  const t = translator(lng);
  const rows = notice.items
    .map(
      (e) => `<tr>
  <td>${esc(e.village)}</td><td>${esc(e.head)}</td><td>${e.householdSize}</td>
  <td>${e.programs.map((p) => esc(p.name)).join('<br>')}</td>
  <td>${e.programs.map((p) => esc(p.amountText ?? t('notices:noAmountYet'))).join('<br>')}</td>
  <td>${esc(t(`notices:state.${e.state}`))}${
    e.publication?.objectionOpen
      ? `<br>${esc(
          e.publication.until
            ? t('notices:objectUntil', { from: e.publication.from, until: e.publication.until })
            : t('notices:objectOpen', { from: e.publication.from }),
        )}`
      : ''
  }</td>
</tr>`,
    )
    .join('\n');
  const contacts = notice.contacts.map((c) => `<li>${esc(c.label)}：${esc(c.value)}</li>`).join('');
  return `<!doctype html>
<html lang="${lng}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('notices:title', { area: notice.area.name }))}</title>
<style>body{font:18px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:1rem;color:#111}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #555;padding:.4rem;text-align:left;vertical-align:top}th{background:#eee}</style></head>
<body><h1>${esc(t('notices:title', { area: notice.area.name }))}</h1>
<p>${esc(notice.howToObject)}</p>${contacts ? `<ul>${contacts}</ul>` : ''}
<table><thead><tr><th>${esc(t('notices:column.village'))}</th><th>${esc(t('notices:column.head'))}</th><th>${esc(
    t('notices:column.size'),
  )}</th><th>${esc(t('notices:column.program'))}</th><th>${esc(t('notices:column.amount'))}</th><th>${esc(
    t('notices:column.state'),
  )}</th></tr></thead>
<tbody>${rows || `<tr><td colspan="6">${esc(t('notices:empty'))}</td></tr>`}</tbody></table>
<p>${esc(t('notices:total', { total: notice.total }))}</p></body></html>`;
}
