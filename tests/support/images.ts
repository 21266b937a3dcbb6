// Images for tests: real PNGs and uploads to the media library as an editor does them.
import { deflateSync } from 'node:zlib';
import type { adminSession } from './cms';

type Session = Awaited<ReturnType<typeof adminSession>>;

/** A real PNG (solid colour), so Strapi reads its size as for any photo. */
export function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [0x2b, 0x5f, 0x8a]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

export interface UploadedFile {
  id: number;
  name: string;
  url: string;
  mime: string;
  alternativeText: string | null;
}

export async function upload(cms: { url: string }, session: Session, file: { name: string; type: string; body: Buffer }, alternativeText: string | null, id?: number): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(file.body)], { type: file.type }), file.name);
  form.append('fileInfo', JSON.stringify({ name: file.name, alternativeText, caption: null }));
  return fetch(`${cms.url}/upload${id ? `?id=${id}` : ''}`, { method: 'POST', headers: { authorization: `Bearer ${session.token}` }, body: form });
}

export async function uploaded(response: Response): Promise<UploadedFile> {
  if (response.status >= 300) throw new Error(`the upload answered ${response.status}: ${await response.text()}`);
  const body = (await response.json()) as UploadedFile[] | UploadedFile;
  return Array.isArray(body) ? body[0]! : body;
}

