import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../http/errors';
import type { Channel } from '../http/state';
import { translator, type Language } from '../i18n';
import type { Actor } from '../identity/principal';
import {
  Application,
  DECLARATION_KINDS,
  type ApplicationDoc,
  type DeclarationKind,
} from './application-model';
import { refuseStale } from './drafts';

/**
 * Declarations the applicant signs in the app: consent to the processing of personal information, the honesty
 * declaration (诚信声明), the authorisation to verify the household's finances (核对授权书), the income and asset
 * statement and the relatives-of-staff declaration (近亲属). The text shown is the binding one: each signature
 * records the hash of the Chinese text, so a later change of wording never rewrites what was agreed to.
 */

export const declarationTextSchema = z.object({
  kind: z.enum(DECLARATION_KINDS),
  title: z.string(),
  text: z.string(),
  textVersion: z.string().describe('Hash of the binding Chinese text; send it back when signing'),
});

export function declarationText(kind: DeclarationKind, lng: Language) {
  const binding = translator('zh-CN')(`applications:declarations.${kind}.text`);
  const t = translator(lng);
  return {
    kind,
    title: t(`applications:declarations.${kind}.title`),
    text: t(`applications:declarations.${kind}.text`),
    textVersion: createHash('sha256').update(binding).digest('hex').slice(0, 16),
  };
}

export const declarationTexts = (lng: Language) => DECLARATION_KINDS.map((k) => declarationText(k, lng));

export const signDeclarationSchema = z
  .strictObject({
    revision: z.number().int().min(0),
    kind: z.enum(DECLARATION_KINDS),
    textVersion: z.string().regex(/^[a-f0-9]{16}$/),
    agree: z.literal(true).describe('The signer has read the text and agrees'),
    relatives: z
      .strictObject({
        related: z
          .boolean()
          .describe(
            'A member is a close relative of social-assistance staff or of a village committee member',
          ),
        details: z.string().trim().min(1).max(500).optional().describe('Who, related how, in which post'),
      })
      .optional(),
  })
  .refine((d) => (d.kind === 'relatives_of_staff') === (d.relatives !== undefined), {
    message: 'validation:relativesAnswer',
    path: ['relatives'],
  })
  .refine((d) => !d.relatives?.related || d.relatives.details !== undefined, {
    message: 'validation:relativesDetails',
    path: ['relatives', 'details'],
  });
export type SignDeclaration = z.output<typeof signDeclarationSchema>;

/** Signs (or signs again, replacing the earlier signature of the same kind) while the application is a draft. */
export async function signDeclaration(
  app: ApplicationDoc,
  input: SignDeclaration,
  signer: Actor,
  channel: Channel,
): Promise<ApplicationDoc> {
  const current = declarationText(input.kind, 'zh-CN').textVersion;
  if (input.textVersion !== current) throw new AppError(409, 'declaration_text_changed');
  const declarations = [
    ...app.declarations.filter((d) => d.kind !== input.kind),
    {
      kind: input.kind,
      textVersion: input.textVersion,
      answer: input.relatives ?? null,
      signedBy: signer,
      channel,
      signedAt: new Date(),
    },
  ];
  const saved = await Application.findOneAndUpdate(
    { _id: app._id, status: 'draft', revision: input.revision },
    { $set: { declarations }, $inc: { revision: 1 } },
    { returnDocument: 'after' },
  ).lean<ApplicationDoc>();
  return saved ?? refuseStale(String(app._id));
}

/** The relatives-of-staff answer, once declared: it overrides whatever the household form said. */
export function declaredRelated(app: ApplicationDoc): boolean | undefined {
  const answer = app.declarations.find((d) => d.kind === 'relatives_of_staff')?.answer as
    { related: boolean } | null | undefined;
  return answer?.related;
}
