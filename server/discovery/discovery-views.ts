import type { TFunction } from 'i18next';
import { z } from 'zod';
import { chinaToday } from '../calendar/china-date';
import type { FieldCrypto } from '../privacy/field-crypto';
import {
  DISCOVERY_STATUSES,
  FOLLOW_UP_OUTCOMES,
  HARDSHIPS,
  URGENCIES,
  type DiscoveryDoc,
} from './discovery-model';

/** A discovery report as staff read it: a list row and the full view. The API answers these. */

const labelled = <T extends readonly [string, ...string[]]>(values: T) =>
  z.object({ code: z.enum(values), label: z.string() });

export const discoverySummarySchema = z
  .object({
    id: z.string(),
    areaId: z.string(),
    townshipId: z.string(),
    urgency: labelled(URGENCIES),
    urgent: z.boolean().describe('急难: flagged in every list'),
    hardships: z.array(labelled(HARDSHIPS)),
    status: labelled(DISCOVERY_STATUSES),
    reportedOn: z.string(),
    followUpBy: z.object({
      date: z.string(),
      workingDays: z.number().int(),
      estimated: z.boolean().describe('A year without holiday data was crossed: only weekends were skipped'),
      overdue: z.boolean(),
    }),
  })
  .meta({ id: 'DiscoverySummary' });

export const discoveryDetailSchema = discoverySummarySchema
  .extend({
    household: z.object({
      name: z.string(),
      phone: z.string().nullable(),
      address: z.string(),
      size: z.number().int().nullable(),
    }),
    description: z.string(),
    reportedBy: z.object({ id: z.string(), role: z.string() }),
    followUps: z.array(
      z.object({
        on: z.string(),
        outcome: labelled(FOLLOW_UP_OUTCOMES),
        note: z.string(),
        by: z.object({ id: z.string(), role: z.string() }),
      }),
    ),
  })
  .meta({ id: 'Discovery' });

export function discoverySummaryOf(doc: DiscoveryDoc, t: TFunction) {
  const open = doc.status === 'open';
  return {
    id: String(doc._id),
    areaId: doc.areaId,
    townshipId: doc.townshipId,
    urgency: { code: doc.urgency, label: t(`discovery:urgency.${doc.urgency}`) },
    urgent: doc.urgency === 'urgent',
    hardships: doc.hardships.map((h) => ({ code: h, label: t(`discovery:hardships.${h}`) })),
    status: { code: doc.status, label: t(`discovery:status.${doc.status}`) },
    reportedOn: doc.reportedOn,
    followUpBy: { ...doc.followUpBy, overdue: open && doc.followUpBy.date < chinaToday() },
  } as z.input<typeof discoverySummarySchema>;
}

export function discoveryDetailOf(doc: DiscoveryDoc, t: TFunction, crypto: FieldCrypto) {
  const household = JSON.parse(crypto.decrypt(doc.householdSealed)) as {
    name: string;
    phone?: string;
    address: string;
    size?: number;
  };
  return {
    ...discoverySummaryOf(doc, t),
    household: {
      name: household.name,
      phone: household.phone ?? null,
      address: household.address,
      size: household.size ?? null,
    },
    description: crypto.decrypt(doc.descriptionSealed),
    reportedBy: doc.reportedBy,
    followUps: doc.followUps.map((f) => ({
      on: f.on,
      outcome: { code: f.outcome, label: t(`discovery:outcomes.${f.outcome}`) },
      note: crypto.decrypt(f.noteSealed),
      by: f.by,
    })),
  } as z.input<typeof discoveryDetailSchema>;
}
