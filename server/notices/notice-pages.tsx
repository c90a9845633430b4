import type { ConsolePages } from '../console/console-pages';
import { redirect } from '../console/console-pages';

/** The public notice of the staff member's own village or township, as the public sees it. */
export function noticePages(pages: ConsolePages): void {
  pages.nav({
    label: 'console:nav.notices',
    href: '/console/notices',
    allow: ['village_worker', 'township_staff'],
    order: 60,
  });
  pages.add({
    method: 'get',
    path: '/notices',
    access: { allow: ['village_worker', 'township_staff'] },
    handler: async ({ principal }) => redirect(`/notices/${principal.areaId}`),
  });
}
