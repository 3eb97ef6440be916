import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `klantwaarde …` in-process with captured output, a pinned clock and a chosen environment. */
export async function runCli(argv: string[], options: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: {},
    cwd: process.cwd(),
    stderrIsTTY: false,
    largeFileBytes: Number.POSITIVE_INFINITY,
    now: () => new Date(Date.UTC(2025, 2, 14, 12, 0, 0)),
    ...options,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The text of one entry of a zip (an .xlsx), read the way the format is specified: central directory → local header → data. */
export function zipEntry(zip: Buffer, name: string): string | undefined {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip');
  let p = zip.readUInt32LE(eocd + 16);
  for (let e = 0; e < zip.readUInt16LE(eocd + 10); e++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const entryName = zip.toString('utf8', p + 46, p + 46 + nameLength);
    if (entryName === name) {
      const method = zip.readUInt16LE(p + 10);
      const size = zip.readUInt32LE(p + 20);
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return undefined;
}

/** A zip of text files with no compression: a valid zip that is not a workbook. */
export function storedZip(files: Record<string, string>): Buffer {
  return zipOf(
    Object.entries(files).map(([name, text]) => {
      const data = Buffer.from(text);
      return { name, data, size: data.length, stored: true };
    }),
  );
}

/**
 * A zip of already deflated entries with the uncompressed sizes we say (honest or not): for
 * building hostile packages such as zip bombs. The CRC is computed only when the size is honest.
 */
export function zipOf(entries: readonly { name: string; data: Buffer; size: number; stored?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const n = Buffer.from(e.name);
    const method = e.stored ? 0 : 8;
    let crc = 0;
    try {
      const plain = e.stored ? e.data : inflateRawSync(e.data);
      if (plain.length === e.size) crc = crc32(plain);
    } catch {
      crc = 0;
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, e.data);
    centrals.push(central, n);
    offset += 30 + n.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Each entry of a zip as stored: local header, name, extra and compressed data (no offsets in there). */
export function storedEntries(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const out = new Map<string, Buffer>();
  let p = zip.readUInt32LE(eocd + 16);
  for (let e = 0; e < zip.readUInt16LE(eocd + 10); e++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, zip.subarray(local, start + zip.readUInt32LE(p + 20)));
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return out;
}

/** The cell elements of a worksheet's XML, as written. */
export function cellElements(sheetXml: string): string[] {
  return sheetXml.match(/<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g) ?? [];
}
