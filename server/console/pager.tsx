import type { TFunction } from 'i18next';

interface PagerProps {
  t: TFunction;
  page: number;
  size: number;
  total: number;
  href: (page: number) => string;
  /** With htmx, the element the next page replaces (the whole page loads without it). */
  target?: string;
  /** Whether the address bar follows (a list one may bookmark), or stays on the page (a list inside a page). */
  pushUrl?: boolean;
}

/** "Page 2 of 7" with previous and next links, for any list read with http/paging.ts. */
export function Pager({ t, page, size, total, href, target, pushUrl = true }: PagerProps): JSX.Element {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages === 1) return '';
  const link = (to: number, label: string, rel: string) => (
    <a
      href={href(to)}
      rel={rel}
      hx-get={target ? href(to) : undefined}
      hx-target={target}
      hx-select={target}
      hx-swap={target ? 'outerHTML' : undefined}
      hx-push-url={target && pushUrl ? 'true' : undefined}
      safe
    >
      {label}
    </a>
  );
  return (
    <nav class="pager" aria-label={t('console:pager.label')}>
      {page > 1 ? link(page - 1, t('console:pager.previous'), 'prev') : ''}
      <span safe>{t('console:pager.position', { page, pages })}</span>
      {page < pages ? link(page + 1, t('console:pager.next'), 'next') : ''}
    </nav>
  );
}
