import { Deflate, Inflate as Inflater } from 'fflate';
import { crc32 } from './crc32';

/**
 * The zip container of an .xlsx (OPC) package, read from its central directory (APPNOTE 4.3.12)
 * so that nothing is unpacked until a part is asked for, and written back by copying every entry we
 * did not change byte for byte: its local header, compressed data and data descriptor as they were.
 */

/** No single part may expand beyond this (a 1,048,576-row sheet is far below it). */
const MAX_ENTRY_BYTES = 2 ** 31 - 1;
/** The parts together may not expand beyond this: a small zip that claims more is a zip bomb. */
const MAX_TOTAL_BYTES = 4 * 2 ** 30;

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, descriptor: 0x08074b50 } as const;

/** A zip we refuse to read: damaged, encrypted, zip64 or a zip bomb. `reason` is a catalog-independent code. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'damaged' | 'bomb' | 'unsupported',
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

/** Unpacks a raw DEFLATE stream that must come to exactly `size` bytes (more is a zip bomb, less is damage). */
export type Inflate = (data: Uint8Array, size: number, name: string) => Uint8Array;

function inflateWithFflate(data: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflater((chunk) => {
    if (filled + chunk.length > out.length) throw new ZipError('bomb', `${name} expands beyond its declared size`);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  const STEP = 1 << 20;
  for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (filled !== out.length) throw new ZipError('damaged', `${name} is shorter than declared`);
  return out;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** The central directory record as it was (46 bytes + name + extra + comment). */
  readonly central: Uint8Array;
}

// Made on first use: a test environment without TextDecoder (jsdom) may import this module without reading a zip.
let decoders: { utf8: TextDecoder; latin1: TextDecoder } | undefined;
const text = () => (decoders ??= { utf8: new TextDecoder('utf-8'), latin1: new TextDecoder('latin1') });

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Entry names in central directory order. */
  readonly order: string[] = [];

  readonly bytes: Uint8Array;

  /** `inflate`: unpacks raw DEFLATE data to exactly `size` bytes, or throws; fflate's when not given. */
  constructor(
    input: Uint8Array,
    private readonly inflate: Inflate = inflateWithFflate,
  ) {
    // A plain view: Node's Buffer#slice shares memory, and the input must never be written to.
    const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    this.bytes = bytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === SIG.end) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipError('damaged', 'no end of central directory');
    const count = view.getUint16(end + 10, true);
    let p = view.getUint32(end + 16, true);
    if (count === 0xffff || p === 0xffffffff) throw new ZipError('unsupported', 'zip64 archives are not supported');
    let total = 0;
    for (let e = 0; e < count; e++) {
      if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG.central) throw new ZipError('damaged', 'central directory is cut short');
      const flags = view.getUint16(p + 8, true);
      const nameLength = view.getUint16(p + 28, true);
      const length = 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
      const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
      // Bit 11: the name is UTF-8; otherwise it is CP437, of which ASCII (all OPC part names) is a subset.
      const name = (flags & 0x800 ? text().utf8 : text().latin1).decode(rawName);
      const entry: ZipEntry = {
        name,
        flags,
        method: view.getUint16(p + 10, true),
        compressedSize: view.getUint32(p + 20, true),
        size: view.getUint32(p + 24, true),
        localOffset: view.getUint32(p + 42, true),
        central: bytes.subarray(p, p + length),
      };
      if (flags & 1) throw new ZipError('unsupported', `${name} is encrypted`);
      if (entry.size > MAX_ENTRY_BYTES) throw new ZipError('bomb', `${name} would expand to ${entry.size} bytes`);
      total += entry.size;
      if (total > MAX_TOTAL_BYTES) throw new ZipError('bomb', `the parts would expand to more than ${MAX_TOTAL_BYTES} bytes`);
      this.entries.set(name, entry);
      this.order.push(name);
      p += length;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Where the entry's compressed data starts (after its local header). */
  private dataStart(entry: ZipEntry): number {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== SIG.local)
      throw new ZipError('damaged', `no local header for ${entry.name}`);
    return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  }

  /**
   * The entry's bytes, unpacked. Never grows past the size the directory declared: a part that
   * inflates to more is refused, so a crafted entry cannot exhaust memory.
   */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError('damaged', `no part ${name}`);
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipError('damaged', `${name} is cut short`);
    if (entry.method === 0) return data;
    if (entry.method !== 8) throw new ZipError('unsupported', `${name} uses compression method ${entry.method}`);
    return this.inflate(data, entry.size, name);
  }

  /**
   * The entry's bytes, unpacked only as far as they are asked for and let go once passed: for
   * patching a large sheet without holding it unpacked. Same limits as `read`.
   */
  stream(name: string): PartBytes {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError('damaged', `no part ${name}`);
    if (entry.method !== 8) return wholePart(this.read(name));
    const start = this.dataStart(entry);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipError('damaged', `${name} is cut short`);
    return new InflatingPart(data, entry.size, name);
  }

  text(name: string): string {
    return text().utf8.decode(this.read(name));
  }

  /** The entry exactly as stored: local header, compressed data and data descriptor. */
  rawRecord(name: string): Uint8Array {
    const entry = this.entries.get(name)!;
    let end = this.dataStart(entry) + entry.compressedSize;
    if (entry.flags & 8) {
      const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
      end += end + 4 <= this.bytes.length && view.getUint32(end, true) === SIG.descriptor ? 16 : 12;
    }
    return this.bytes.subarray(entry.localOffset, end);
  }
}

/** A part's bytes read front to back: `from` never goes back between calls. */
export interface PartBytes {
  readonly length: number;
  /** Bytes [from, to), in one or more pieces. */
  copy(from: number, to: number, out: (piece: Uint8Array) => void): void;
  /** Bytes [from, to) as one array. */
  view(from: number, to: number): Uint8Array;
}

export function wholePart(bytes: Uint8Array): PartBytes {
  return {
    length: bytes.length,
    copy: (from, to, out) => {
      if (to > from) out(bytes.subarray(from, to));
    },
    view: (from, to) => bytes.subarray(from, to),
  };
}

/** Input handed to the inflater at a time. */
const INFLATE_STEP = 1 << 16;

/** A DEFLATE part unpacked as it is read, keeping only the pieces not passed yet (fflate: runs in the browser too). */
class InflatingPart implements PartBytes {
  private readonly pieces: Uint8Array[] = [];
  /** Offset of pieces[0] in the part. */
  private first = 0;
  /** Offset just after the last piece. */
  private end = 0;
  private consumed = 0;
  private readonly inflater: Inflater;

  constructor(
    private readonly data: Uint8Array,
    readonly length: number,
    private readonly name: string,
  ) {
    this.inflater = new Inflater((piece) => {
      if (this.end + piece.length > length) throw new ZipError('bomb', `${name} expands beyond its declared size`);
      if (piece.length > 0) this.pieces.push(piece);
      this.end += piece.length;
    });
  }

  private fill(to: number): void {
    while (this.end < to) {
      if (this.consumed >= this.data.length) throw new ZipError('damaged', `${this.name} is shorter than declared`);
      const next = Math.min(this.data.length, this.consumed + INFLATE_STEP);
      this.inflater.push(this.data.subarray(this.consumed, next), next >= this.data.length);
      this.consumed = next;
    }
  }

  private drop(before: number): void {
    while (this.pieces.length > 0 && this.first + this.pieces[0]!.length <= before) this.first += this.pieces.shift()!.length;
  }

  copy(from: number, to: number, out: (piece: Uint8Array) => void): void {
    if (to <= from) return;
    this.fill(to);
    this.drop(from);
    let at = this.first;
    for (const piece of this.pieces) {
      const s = Math.max(from, at);
      const e = Math.min(to, at + piece.length);
      if (s < e) out(piece.subarray(s - at, e - at));
      at += piece.length;
      if (at >= to) break;
    }
  }

  view(from: number, to: number): Uint8Array {
    if (to <= from) return new Uint8Array(0);
    this.fill(to);
    this.drop(from);
    const head = this.pieces[0]!;
    if (to - this.first <= head.length) return head.subarray(from - this.first, to - this.first);
    const out = new Uint8Array(to - from);
    let p = 0;
    this.copy(from, to, (piece) => {
      out.set(piece, p);
      p += piece.length;
    });
    return out;
  }
}

/**
 * A part's new content: bytes, chunks, or a function that yields the chunks when the zip is written
 * (the patched client sheet: it is produced while it is compressed and never held whole).
 */
export type PartContent = Uint8Array | readonly Uint8Array[] | (() => Iterable<Uint8Array>);

export function chunksOf(content: PartContent): Iterable<Uint8Array> {
  if (content instanceof Uint8Array) return [content];
  if (typeof content === 'function') return content();
  return content;
}

let encoder: TextEncoder | undefined;
export const utf8Bytes = (s: string): Uint8Array => (encoder ??= new TextEncoder()).encode(s);

/** DOS date and time of now, for new entries. */
function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    date: ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

/** A raw DEFLATE stream (RFC 1951): chunks in, compressed chunks out through `onData`. */
export interface Deflater {
  push(chunk: Uint8Array, final: boolean): void;
}

/** How new parts are compressed: fflate by default (runs in the browser); the command line passes Node's zlib. */
export interface Compression {
  readonly deflater: (onData: (chunk: Uint8Array) => void) => Deflater;
  readonly crc32: (bytes: Uint8Array, crc: number) => number;
}

export const FFLATE_COMPRESSION: Compression = {
  // Level 6 is zlib's default, as Excel and LibreOffice write.
  deflater: (onData) => {
    const deflate = new Deflate({ level: 6 }, (chunk) => onData(chunk));
    return { push: (chunk, final) => deflate.push(chunk, final) };
  },
  crc32,
};

/** Where a zip is written: appended chunk by chunk; `rewrite` puts a header back once its sizes are known. */
export interface ZipSink {
  write(chunk: Uint8Array): void;
  /** `bytes` (an array given to `write` earlier, now filled in) belongs at `position`. */
  rewrite(bytes: Uint8Array, position: number): void;
}

/** Collects the zip in memory; a rewritten header is the same array it already holds. */
class MemorySink implements ZipSink {
  readonly chunks: Uint8Array[] = [];
  size = 0;
  write(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
  rewrite(): void {
    /* the array in `chunks` was changed in place */
  }
  result(): Uint8Array {
    const out = new Uint8Array(this.size);
    let p = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, p);
      p += chunk.length;
    }
    return out;
  }
}

/**
 * Writes the package: entries of `original` in their order, with `changed` ones replaced (null
 * deletes), then the `added` ones. Unchanged entries are copied as stored, so their bytes, dates
 * and compression stay exactly as the user's file had them.
 */
export function writeZip(
  original: ZipArchive,
  changed: ReadonlyMap<string, PartContent | null>,
  added: ReadonlyMap<string, PartContent>,
  now = new Date(),
  compression: Compression = FFLATE_COMPRESSION,
): Uint8Array {
  const sink = new MemorySink();
  writeZipTo(sink, original, changed, added, now, compression);
  return sink.result();
}

/**
 * `writeZip` into a sink, byte for byte the same: a new entry's compressed data goes out as it is
 * made, and its local header (written first, as APPNOTE 4.3.7 places it) is rewritten with the CRC
 * and sizes at the end, so a large patched sheet is never held compressed either.
 */
export function writeZipTo(
  sink: ZipSink,
  original: ZipArchive,
  changed: ReadonlyMap<string, PartContent | null>,
  added: ReadonlyMap<string, PartContent>,
  now = new Date(),
  compression: Compression = FFLATE_COMPRESSION,
): void {
  const directory: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  const { time, date } = dosTime(now);
  const push = (bytes: Uint8Array) => {
    sink.write(bytes);
    offset += bytes.length;
  };
  const writeNew = (name: string, content: PartContent) => {
    const nameBytes = utf8Bytes(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const headerAt = offset;
    if (headerAt > 0xfffffffe) throw new ZipError('unsupported', `${name} is too large for a zip without zip64`);
    push(local);
    let compressedSize = 0;
    const deflater = compression.deflater((chunk) => {
      push(chunk);
      compressedSize += chunk.length;
    });
    let crc = 0;
    let size = 0;
    for (const part of chunksOf(content)) {
      crc = compression.crc32(part, crc);
      size += part.length;
      deflater.push(part, false);
    }
    deflater.push(new Uint8Array(0), true);
    if (size > 0xfffffffe || compressedSize > 0xfffffffe) {
      throw new ZipError('unsupported', `${name} is too large for a zip without zip64`);
    }
    const lv = new DataView(local.buffer);
    lv.setUint32(0, SIG.local, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, 8, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, compressedSize, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    sink.rewrite(local, headerAt);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, SIG.central, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, 8, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, compressedSize, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, headerAt, true);
    central.set(nameBytes, 46);
    directory.push(central);
    count++;
  };
  for (const name of original.order) {
    if (changed.has(name)) {
      const content = changed.get(name);
      if (content) writeNew(name, content);
      continue;
    }
    const entry = original.entries.get(name)!;
    const central = new Uint8Array(entry.central);
    new DataView(central.buffer).setUint32(42, offset, true);
    directory.push(central);
    push(original.rawRecord(name));
    count++;
  }
  for (const [name, content] of added) writeNew(name, content);
  if (count > 0xfffe) throw new ZipError('unsupported', 'too many parts for a zip without zip64');
  const directoryStart = offset;
  for (const d of directory) push(d);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, SIG.end, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, offset - directoryStart, true);
  ev.setUint32(16, directoryStart, true);
  push(end);
}
