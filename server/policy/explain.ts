import { z } from 'zod';
import { type Language, translator } from '../i18n';
import { type Source, sourceSchema } from './pack-schema';
import type { Step, StepParam } from './results';

/**
 * Renders explanation steps with the `policy` i18n namespace. Conventions for step params:
 * a key ending in `Fen` is money and is also offered without the suffix as formatted yuan (`standardFen` →
 * `standard`); `categories` lists category keys, any other list is joined as it is (`members`); `kind` is an
 * incident kind; `area` is urban/rural; `relation` a relation to the applicant; a pair of texts (`label`, `note`)
 * is shown in the reader's language.
 */

export const renderedStepSchema = z
  .object({
    ruleId: z.string().describe('The pack rule or parameter applied, e.g. rules.topUp'),
    text: z.string(),
    source: sourceSchema.nullable(),
    sourceText: z.string().nullable(),
  })
  .meta({ id: 'ExplanationStep' });
export type RenderedStep = z.infer<typeof renderedStepSchema>;

/** Integer fen as yuan with two decimals, without floating-point arithmetic. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function formatMoney(fen: number, lng: Language): string {
  return translator(lng)('policy:money', { yuan: yuan(fen) });
}

export function renderSource(source: Source | null, lng: Language): string | null {
  if (!source) return null;
  const key = /^\d{3}$/.test(source.document) ? 'policy:source' : 'policy:sourceNational';
  return translator(lng)(key, { document: source.document, clause: source.clause });
}

function interpolation(
  params: Record<string, StepParam>,
  lng: Language,
): Record<string, string | number | boolean> {
  const t = translator(lng);
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      const items = key === 'categories' ? value.map((v) => t(`policy:category.${v}`)) : value;
      out[key] = items.join(t('policy:listSeparator'));
    } else if (typeof value === 'object') {
      out[key] = value[lng];
    } else if (key.endsWith('Fen') && typeof value === 'number') {
      out[key] = value;
      out[key.slice(0, -3)] = formatMoney(value, lng);
    } else if (key === 'kind' && typeof value === 'string') {
      out[key] = t(`policy:incident.${value}`);
    } else if (key === 'parameter' && typeof value === 'string') {
      out[key] = parameterName(value, lng);
    } else if (key === 'area' && typeof value === 'string') {
      out[key] = t(`policy:area.${value}`);
    } else if (key === 'relation' && typeof value === 'string') {
      out[key] = t(`policy:relation.${value}`);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** A pack path such as `parameters.standard.urban` in words; the path itself when it has no name. */
export function parameterName(path: string, lng: Language): string {
  const id = path.replace(/^parameters\./, '');
  return translator(lng)(`policy:parameterName.${id}`, { defaultValue: path });
}

/** A step's sentence alone, as the short answers show it. */
export function stepText(s: Step, lng: Language): string {
  return translator(lng)(`policy:${s.messageKey}`, interpolation(s.params, lng));
}

export function renderStep(s: Step, lng: Language): RenderedStep {
  return {
    ruleId: s.ruleId,
    text: stepText(s, lng),
    source: s.source,
    sourceText: renderSource(s.source, lng),
  };
}

export function renderSteps(steps: readonly Step[], lng: Language): RenderedStep[] {
  return steps.map((s) => renderStep(s, lng));
}
