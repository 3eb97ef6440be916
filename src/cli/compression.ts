import * as zlib from 'node:zlib';
import { FFLATE_COMPRESSION, ZipError, type Compression } from '../workbook/xlsx/zip';

/**
 * zlib level 3: about twice as fast as the default 6 on sheet XML, for files some 15% larger; the
 * command line's output of a large table is written once and opened once.
 */
const LEVEL = 3;
/** Input gathered before a segment is compressed. */
const SEGMENT = 1 << 20;

/**
 * DEFLATE with Node's zlib (native, several times faster than JavaScript), one stream built from
 * segments: each segment is compressed on its own and ends with a sync flush, which closes its last
 * block on a byte boundary without marking it final (RFC 1951, 3.2.3; zlib's Z_SYNC_FLUSH), so the
 * next segment can follow; the last one ends with Z_FINISH. Memory stays one segment, whatever the
 * sheet's size; DEFLATE looks back only 32 kB, so segments of 1 MB cost a few bytes each.
 */
export const NODE_COMPRESSION: Compression = {
  deflater: (onData) => {
    let pending: Uint8Array[] = [];
    let size = 0;
    const deflate = (input: Uint8Array, final: boolean) => {
      onData(zlib.deflateRawSync(input, { level: LEVEL, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH }));
    };
    const emitPending = (final: boolean) => {
      deflate(pending.length === 1 ? pending[0]! : Buffer.concat(pending), final);
      pending = [];
      size = 0;
    };
    return {
      push(chunk, final) {
        // A large chunk (the patched sheet comes in 1 MB pieces) is compressed as it is, without copying.
        if (chunk.length >= SEGMENT) {
          if (size > 0) emitPending(false);
          deflate(chunk, final);
          return;
        }
        if (chunk.length > 0) {
          pending.push(chunk);
          size += chunk.length;
        }
        if (final) emitPending(true);
        else if (size >= SEGMENT) emitPending(false);
      },
    };
  },
  // zlib.crc32 arrived in Node 20.15; before that the JavaScript one is used.
  crc32:
    typeof (zlib as { crc32?: unknown }).crc32 === 'function'
      ? (bytes, crc) => (zlib as unknown as { crc32: (b: Uint8Array, c: number) => number }).crc32(bytes, crc)
      : FFLATE_COMPRESSION.crc32,
};

/**
 * Unpacks a part with Node's zlib, never past the size the zip directory declared: zlib stops at
 * maxOutputLength (+1 to tell "exactly that size" from "more"), so a zip bomb costs no more memory
 * than the size it admits to.
 */
export function nodeInflate(data: Uint8Array, size: number, name: string): Uint8Array {
  let out: Buffer;
  try {
    // One output buffer of the declared size (+1 to see "more"): zlib's default 16 kB pieces would be
    // joined at the end, holding a large sheet twice and leaving the pieces' memory to the process.
    out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size + 1), chunkSize: Math.max(64, size + 1) });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ZipError('bomb', `${name} expands beyond its declared size`);
    throw new ZipError('damaged', `${name}: ${(err as Error).message}`);
  }
  if (out.length > size) throw new ZipError('bomb', `${name} expands beyond its declared size`);
  if (out.length < size) throw new ZipError('damaged', `${name} is shorter than declared`);
  return out;
}
