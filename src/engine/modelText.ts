import type { Message } from './types';

/**
 * The text of a model file from its bytes. Windows Notepad and PowerShell (`Out-File`, `>` before
 * PowerShell 6) save "Unicode" text as UTF-16 LE with a byte order mark, so a model file may come in
 * UTF-8 (with or without a BOM) or UTF-16 (LE or BE, with a BOM, or without one when every other byte
 * of plain JSON is zero). UTF-32 and bytes that are no valid UTF-8 are explained, never guessed.
 * (Byte order marks: Unicode Standard, §23.8 "Specials", U+FEFF; https://www.unicode.org/faq/utf_bom.html#bom4.)
 */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: Message };

function utf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const units: number[] = [];
  let out = '';
  for (let i = start; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    // In slices: String.fromCharCode takes its arguments on the stack.
    if (units.length === 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

/** Strict UTF-8 (no overlong forms, no surrogates); the offset of the first bad byte, or the text. */
function utf8(bytes: Uint8Array, start: number): { text: string } | { bad: number } {
  const points: number[] = [];
  let out = '';
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b < 0xe0) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b < 0xf0) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b < 0xf5) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else return { bad: i };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { bad: i };
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { bad: i };
    points.push(cp);
    if (points.length === 8192) {
      out += String.fromCodePoint(...points);
      points.length = 0;
    }
    i += need + 1;
  }
  return { text: out + String.fromCodePoint(...points) };
}

export function decodeModelFile(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)) {
    return { ok: false, error: { code: 'model.encodingUtf32' } };
  }
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: utf16(bytes, 2, true) };
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: utf16(bytes, 2, false) };
  // JSON starts with an ASCII character ("{" or a space): without a BOM, its zero byte tells the order.
  if (bytes.length >= 4 && b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return { ok: true, text: utf16(bytes, 0, true) };
  if (bytes.length >= 4 && b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return { ok: true, text: utf16(bytes, 0, false) };
  const decoded = utf8(bytes, b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0);
  if ('bad' in decoded) return { ok: false, error: { code: 'model.encodingUnknown', params: { offset: String(decoded.bad) } } };
  return { ok: true, text: decoded.text };
}
