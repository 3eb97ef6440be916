/** @jest-environment jsdom */
/**
 * The pane's model import decodes the file's bytes as the command line does: a model saved by Notepad
 * as "Unicode" (UTF-16 LE with a byte order mark) imports; a UTF-32 file is explained.
 */
import { readModelText } from '../../src/taskpane/ModelToolbar/modelFile';

const json = '{"version":1,"name":"Café","criteria":[{"name":"Omzet","weight":1}]}';

function utf16le(text: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('readModelText', () => {
  it('reads a UTF-16 model file', async () => {
    expect(await readModelText(new Blob([utf16le(json)]))).toEqual({ ok: true, text: json });
  });

  it('reads a UTF-8 model file with a byte order mark', async () => {
    expect(await readModelText(new Blob([Uint8Array.from([0xef, 0xbb, 0xbf]), json]))).toEqual({ ok: true, text: json });
  });

  it('explains a UTF-32 model file', async () => {
    expect(await readModelText(new Blob([Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0])]))).toEqual({
      ok: false,
      error: { code: 'model.encodingUtf32' },
    });
  });
});
