import type PDFDocumentClass from 'pdfkit';
import sharp from 'sharp';
import type { ApplicationDoc } from '../applications/application-model';
import type { AttachmentDoc } from '../applications/attachments';
import { Area, type AreaDoc } from '../areas/area-model';
import { type Language, translator } from '../i18n';
import type { Pack } from '../policy/pack-schema';
import type { FieldCrypto } from '../privacy/field-crypto';
import type { BlobStore } from '../storage/blob-store';
import { AppError } from '../http/errors';
import type { FileBody } from '../http/file-response';
import { packFor } from '../policy/packs';
import type { RequestAudit as Audit } from '../http/request-audit';

/**
 * The printable intake packet (受理材料) of a case, generated on the server: the application form, the household
 * table with ID numbers masked, the declarations with their text and who signed them when, the index of the
 * materials with each file's hash, and the photos. Chinese needs a CJK font: Debian's Noto Sans CJK by default
 * (`FONT_CJK_PATH`, `FONT_CJK_NAME` — pdfkit reads a .ttc collection by the face's PostScript name).
 */

export interface PacketFont {
  path: string;
  name: string;
}

export interface PacketDeps {
  crypto: FieldCrypto;
  blobs: BlobStore;
  font: PacketFont;
}

/** An ID number as the packet prints it: region and last four, the birth date hidden. */
export const maskIdNumber = (id: string) =>
  `${id.slice(0, 6)}${'*'.repeat(Math.max(0, id.length - 10))}${id.slice(-4)}`;

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/**
 * pdfkit is loaded on first use: it is large and reads font metrics and colour profiles from files as it loads,
 * which nothing but a packet needs (and which it cannot locate when a test gives the process a DOM `document`).
 */
function pdfDocumentClass(): typeof PDFDocumentClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('pdfkit') as typeof PDFDocumentClass;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function intakePacket(
  app: ApplicationDoc,
  pack: Pack,
  deps: PacketDeps,
  lng: Language,
): Promise<Buffer> {
  const t = translator(lng);
  const area = await Area.findById(app.areaId).lean<AreaDoc>();
  const PDFDocument = pdfDocumentClass();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: t('packets:title', { caseNumber: app.caseNumber ?? '' }) },
  });
  const done = collect(doc);
  doc.registerFont('cjk', deps.font.path, deps.font.name);
  doc.font('cjk');
  const width = doc.page.width - 100;

  const heading = (text: string) => doc.moveDown(0.8).fontSize(14).text(text).moveDown(0.3).fontSize(10.5);
  const line = (label: string, value: string) => doc.text(`${label}：${value}`);

  doc.fontSize(18).text(t('packets:title', { caseNumber: app.caseNumber ?? '' }), { align: 'center' });
  doc
    .fontSize(9)
    .text(t('packets:generated', { pack: pack.name[lng] }), { align: 'center' })
    .fontSize(10.5);

  heading(t('packets:section.form'));
  line(t('packets:field.caseNumber'), app.caseNumber ?? '—');
  line(t('packets:field.area'), area ? `${area.name}（${app.areaId}）` : app.areaId);
  line(t('packets:field.programs'), app.programs.map((p) => t(`policy:program.${p}`)).join('、'));
  line(t('packets:field.placeBasis'), t(`applications:placeBasis.${app.placeBasis}`));
  if (app.onBehalf) line(t('packets:field.onBehalf'), t(`applications:onBehalf.${app.onBehalf.basis}`));
  const submitted = app.snapshots.at(-1);
  if (submitted)
    line(
      t('packets:field.submitted'),
      `${submitted.submittedAt.toISOString().slice(0, 10)}（v${submitted.version}，sha256 ${submitted.sha256.slice(0, 16)}…）`,
    );
  if (app.phoneSealed) {
    const phone = deps.crypto.decrypt(app.phoneSealed);
    line(t('packets:field.phone'), `${phone.slice(0, 3)}****${phone.slice(-4)}`);
  }

  heading(t('packets:section.household'));
  const columns = [30, 90, 110, 170, 95] as const;
  const row = (cells: string[]) => {
    const y = doc.y;
    let x = 50;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: columns[i]! - 6 });
      x += columns[i]!;
    });
    doc.x = 50;
    doc.moveDown(0.3);
  };
  row([
    t('packets:column.no'),
    t('packets:column.name'),
    t('packets:column.relation'),
    t('packets:column.idNumber'),
    t('packets:column.age'),
  ]);
  app.members.forEach((m, i) => {
    const facts = (m.facts ?? {}) as { relation?: string; age?: number; birthDate?: string };
    const id = m.idNumberSealed ? maskIdNumber(deps.crypto.decrypt(m.idNumberSealed)) : '—';
    const age = facts.age !== undefined ? String(facts.age) : (facts.birthDate ?? '—');
    row([String(i + 1), m.name, facts.relation ? t(`policy:relation.${facts.relation}`) : '—', id, age]);
  });

  heading(t('packets:section.declarations'));
  for (const d of app.declarations) {
    doc.text(`${t(`applications:declarations.${d.kind}.title`)}（${d.textVersion}）`, { underline: true });
    doc.fontSize(9).text(t(`applications:declarations.${d.kind}.text`), { width });
    const answer = d.answer as { related?: boolean; details?: string } | null;
    if (answer && typeof answer.related === 'boolean')
      doc.text(
        answer.related ? t('packets:related', { details: answer.details ?? '' }) : t('packets:notRelated'),
      );
    doc.text(
      t('packets:signed', {
        on: d.signedAt.toISOString().slice(0, 16).replace('T', ' '),
        channel: d.channel,
        by: t(`packets:signer.${d.signedBy.kind}`),
      }),
    );
    doc.fontSize(10.5).moveDown(0.4);
  }

  heading(t('packets:section.materials'));
  const items = pack.materials.items;
  const byMaterial = new Map<string, AttachmentDoc[]>();
  for (const a of app.attachments) byMaterial.set(a.materialId, [...(byMaterial.get(a.materialId) ?? []), a]);
  if (byMaterial.size === 0) doc.text(t('packets:noMaterials'));
  let n = 0;
  for (const [materialId, files] of byMaterial) {
    const name = items[materialId]?.name[lng] ?? materialId;
    doc.text(`${++n}. ${name}`);
    for (const f of files)
      doc
        .fontSize(9)
        .text(
          `    ${f.contentType}，${Math.ceil(f.bytes / 1024)} KB，sha256 ${f.sha256.slice(0, 16)}…，${f.uploadedAt.toISOString().slice(0, 10)}`,
        )
        .fontSize(10.5);
  }

  const photos = app.attachments.filter((a) => PHOTO_TYPES.includes(a.contentType));
  for (const [i, photo] of photos.entries()) {
    doc.addPage();
    doc
      .fontSize(12)
      .text(
        t('packets:photo', { n: i + 1, material: items[photo.materialId]?.name[lng] ?? photo.materialId }),
      );
    // pdfkit takes JPEG and PNG only: every photo is printed as a JPEG.
    const jpeg = await sharp(await deps.blobs.get(photo.storageKey))
      .jpeg({ quality: 80 })
      .toBuffer();
    doc.image(jpeg, { fit: [width, doc.page.height - 180], align: 'center' });
  }
  doc.end();
  return done;
}

/** The packet of a submitted case as a file to download (API and console), audited. */
export async function intakePacketFile(
  app: ApplicationDoc,
  deps: { packs: ReadonlyMap<string, Pack>; crypto: FieldCrypto; blobs: BlobStore },
  font: PacketFont,
  lng: Language,
  audit: Audit,
): Promise<FileBody> {
  if (app.status === 'draft' || !app.caseNumber) throw new AppError(409, 'packet_before_submission');
  const pack = packFor(deps.packs, app.jurisdiction);
  const data = await intakePacket(app, pack, { crypto: deps.crypto, blobs: deps.blobs, font }, lng);
  await audit({
    action: 'packet.download',
    record: { type: 'application', id: String(app._id) },
    areaId: app.areaId,
    details: { bytes: data.length },
  });
  return { data, contentType: 'application/pdf', filename: `${app.caseNumber}-受理材料.pdf` };
}
