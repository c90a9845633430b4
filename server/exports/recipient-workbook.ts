import { PassThrough, type Writable } from 'node:stream';
import type { FileBody } from '../http/file-response';
import ExcelJS from 'exceljs';
import { Application, type ApplicationDoc } from '../applications/application-model';
import { Area, type AreaDoc } from '../areas/area-model';
import { type Language, translator } from '../i18n';
import type { FieldCrypto } from '../privacy/field-crypto';
import { Recipient, type RecipientDoc } from '../recipients/recipient-model';
import type { RequestAudit as Audit } from '../http/request-audit';

/**
 * The recipients of an area and the month's changes, as an Excel workbook laid out for entry into the provincial
 * social-assistance system: one row per household and programme, plain cells (text for codes and ID numbers,
 * numbers in yuan with two decimals), a fixed column order and the column names that system uses. Written as a
 * stream, a row at a time, so a county's full register never sits in memory.
 */

export interface ExportRequest {
  /** The area whose recipients are exported (a staff member's own area or below). */
  areaId: string;
  /** YYYY-MM: the month whose changes the second sheet lists. */
  month: string;
  lng: Language;
}

export interface ExportCounts {
  recipients: number;
  changes: number;
}

const REGISTER_COLUMNS = [
  'no',
  'divisionCode',
  'township',
  'village',
  'headName',
  'headIdNumber',
  'householdSize',
  'program',
  'category',
  'monthlyYuan',
  'firstPaymentMonth',
  'approvedOn',
  'status',
  'caseNumber',
] as const;

const CHANGE_COLUMNS = [
  'no',
  'divisionCode',
  'headName',
  'headIdNumber',
  'program',
  'changeKind',
  'previousYuan',
  'newYuan',
  'fromMonth',
  'reasons',
  'caseNumber',
] as const;

const WIDTHS: Record<string, number> = {
  headIdNumber: 22,
  reasons: 40,
  caseNumber: 22,
  township: 16,
  village: 16,
};
const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? null : fen / 100);

/** The export's rows in a stable order: by village, then case number. */
const filterOf = (areaId: string) => ({ areaPath: areaId });

export async function countExport(req: ExportRequest): Promise<number> {
  const [recipients, changes] = await Promise.all([
    Recipient.countDocuments(filterOf(req.areaId)),
    Recipient.countDocuments({ ...filterOf(req.areaId), 'changes.fromMonth': req.month }),
  ]);
  return recipients + changes;
}

export async function writeRecipientWorkbook(
  req: ExportRequest,
  out: Writable,
  crypto: FieldCrypto,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<ExportCounts> {
  const t = translator(req.lng);
  const total = await countExport(req);
  const areas = new Map<string, AreaDoc>();
  const area = async (id: string | null | undefined) => {
    if (!id) return undefined;
    if (!areas.has(id)) {
      const found = await Area.findById(id).lean<AreaDoc>();
      if (found) areas.set(id, found);
    }
    return areas.get(id);
  };
  const idNumbers = new Map<string, string>();
  const headId = async (rec: RecipientDoc) => {
    if (!idNumbers.has(rec.applicationId)) {
      const app = await Application.findById(rec.applicationId, {
        'members.idNumberSealed': 1,
      }).lean<ApplicationDoc>();
      const sealed = app?.members[0]?.idNumberSealed;
      idNumbers.set(rec.applicationId, sealed ? crypto.decrypt(sealed) : '');
    }
    return idNumbers.get(rec.applicationId)!;
  };

  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = (name: string, columns: readonly string[]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((key) => ({
      header: t(`exports:column.${key}`),
      key,
      width: WIDTHS[key] ?? 12,
    }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  let done = 0;

  const register = sheet(t('exports:sheet.register'), REGISTER_COLUMNS);
  let recipients = 0;
  for await (const rec of Recipient.find(filterOf(req.areaId))
    .sort({ areaId: 1, caseNumber: 1, program: 1 })
    .lean<RecipientDoc[]>()
    .cursor()) {
    const village = await area(rec.areaId);
    const township = await area(rec.townshipId);
    register
      .addRow({
        no: ++recipients,
        divisionCode: rec.areaId,
        township: township?.name ?? '',
        village: village?.name ?? '',
        headName: rec.headName,
        headIdNumber: await headId(rec),
        householdSize: rec.householdSize,
        program: t(`policy:program.${rec.program}`),
        category: rec.category ?? '',
        monthlyYuan: yuan(rec.amountFen),
        firstPaymentMonth: rec.firstPaymentMonth,
        approvedOn: rec.approvedOn,
        status: t(`exports:status.${rec.status}`),
        caseNumber: rec.caseNumber,
      })
      .commit();
    progress(++done, total);
  }
  register.getColumn('monthlyYuan').numFmt = '0.00';
  register.commit();

  const changesSheet = sheet(t('exports:sheet.changes', { month: req.month }), CHANGE_COLUMNS);
  let changes = 0;
  for await (const rec of Recipient.find({ ...filterOf(req.areaId), 'changes.fromMonth': req.month })
    .sort({ areaId: 1, caseNumber: 1, program: 1 })
    .lean<RecipientDoc[]>()
    .cursor()) {
    for (const change of rec.changes.filter((c) => c.fromMonth === req.month)) {
      changesSheet
        .addRow({
          no: ++changes,
          divisionCode: rec.areaId,
          headName: rec.headName,
          headIdNumber: await headId(rec),
          program: t(`policy:program.${rec.program}`),
          changeKind: t(`exports:change.${change.kind}`),
          previousYuan: yuan(change.previousFen),
          newYuan: yuan(change.amountFen),
          fromMonth: change.fromMonth,
          reasons: change.reasons ?? '',
          caseNumber: rec.caseNumber,
        })
        .commit();
    }
    progress(++done, total);
  }
  changesSheet.commit();
  await book.commit();
  return { recipients, changes };
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook of an area as a file to download (API and console), audited. */
export async function recipientWorkbookFile(
  areaId: string,
  month: string,
  lng: Language,
  crypto: FieldCrypto,
  audit: Audit,
): Promise<FileBody> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const counts = await writeRecipientWorkbook({ areaId, month, lng }, out, crypto);
  await audit({
    action: 'export.recipients',
    record: { type: 'area', id: areaId },
    areaId,
    details: { month, ...counts },
  });
  return { data: Buffer.concat(chunks), contentType: XLSX, filename: `recipients-${areaId}-${month}.xlsx` };
}
