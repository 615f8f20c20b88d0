/**
 * Reads named entries of a .zip (a .docx is one) with the platform's own inflater,
 * DecompressionStream("deflate-raw"), present in browsers and in Node ≥ 18: no library to ship in
 * the pane, no Node built-in. Layout from PKWARE's APPNOTE.TXT: the central directory (found from
 * the end-of-central-directory record) gives each entry's method, sizes and local header offset.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export class ZipFormatError extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

function centralDirectory(bytes: Uint8Array): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("bad central directory");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The named entries that exist, as UTF-8 text. Throws ZipFormatError when `bytes` is not a readable zip. */
export async function readZipTexts(bytes: Uint8Array, names: string[]): Promise<Map<string, string>> {
  const entries = centralDirectory(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Map<string, string>();
  for (const name of names) {
    const e = entries.get(name);
    if (!e) continue;
    if (view.getUint32(e.localHeader, true) !== LOCAL) throw new ZipFormatError(`bad local header for ${name}`);
    // The local header's own name and extra lengths (they may differ from the central directory's).
    const start = e.localHeader + 30 + view.getUint16(e.localHeader + 26, true) + view.getUint16(e.localHeader + 28, true);
    const data = bytes.subarray(start, start + e.compressedSize);
    let raw: Uint8Array;
    if (e.method === 0) raw = data;
    else if (e.method === 8) {
      try {
        raw = await inflateRaw(data);
      } catch {
        throw new ZipFormatError(`cannot inflate ${name}`);
      }
    } else throw new ZipFormatError(`compression method ${e.method} of ${name}`);
    out.set(name, new TextDecoder().decode(raw));
  }
  return out;
}
