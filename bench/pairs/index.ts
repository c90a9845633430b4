import type { Pair } from './pair';
import { draftSave, inbox, screening, statusRead, statusRead200, upload } from './product-pairs';

/**
 * Every pair `npm run bench` measures, in this order. To add one (a bot answer beside an echo bot, say): write a
 * module here exporting a Pair — its ceiling routes, and a setup that returns the product request and the
 * ceiling request — and list it below. See bench/README.md.
 */
export const pairs: Pair[] = [statusRead, statusRead200, screening, draftSave, upload, inbox];
