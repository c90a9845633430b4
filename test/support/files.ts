import sharp from 'sharp';

/** Files for upload tests, made on the spot. */

/** A JPEG taken "sideways" (EXIF orientation 6: shown rotated 90°) with a camera model and a GPS position. */
export function jpegWithGps(width = 64, height = 32): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#b03a2e' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'PhoneMaker', Model: 'SecretCam 9' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 19/1 48/1', GPSMapDatum: 'WGS-84' },
    })
    .toBuffer();
}

export function png(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 120, b: 60, alpha: 0.5 } } })
    .png()
    .toBuffer();
}

export function webp(width = 20, height = 20): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#123456' } })
    .webp()
    .withExif({ IFD0: { Model: 'SecretCam 9' } })
    .toBuffer();
}

/** A one-page PDF with a correct cross-reference table. */
export function pdf(text = 'Income certificate'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
    `<< /Length ${text.length + 30} >>\nstream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A JPEG whose header is intact but whose image data is garbage. */
export async function corruptJpeg(): Promise<Buffer> {
  const good = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } })
    .jpeg()
    .toBuffer();
  const bad = Buffer.from(good);
  bad.fill(0x55, Math.floor(good.length / 2), good.length - 2);
  return bad.subarray(0, Math.floor(good.length * 0.75));
}

/** A supertest parser that keeps a binary response body as one Buffer. */
export function asBuffer(
  res: { on(event: string, listener: (chunk: Buffer) => void): unknown },
  done: (err: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
