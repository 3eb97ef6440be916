/**
 * Model files as users really save them: misspelt fields at any depth, texts longer than Excel can
 * hold, UTF-16 from Notepad or PowerShell.
 */
import { decodeModelFile, MAX_TEXT_LENGTH, parseModelJson, validateModel } from '../../src/engine';
import { formatMessage } from '../../src/i18n/catalog';

const base = { version: 1, criteria: [{ name: 'Omzet', weight: 5 }] };

describe('unknown fields at any depth', () => {
  it('warns about a misspelt "tresholds" inside a criterion\'s scoring, naming the path and the field meant', () => {
    const v = validateModel({
      version: 1,
      criteria: [{ name: 'Omzet', weight: 5, scoring: { type: 'thresholds', thresholds: [1, 2, 3], tresholds: [5, 6, 7] } }],
    });
    expect(v.ok).toBe(true);
    expect(v.warnings).toEqual([
      { code: 'model.unknownFieldNear', params: { path: 'criteria[0].scoring.tresholds', field: 'thresholds' } },
    ]);
    expect(formatMessage('nl', v.warnings[0]!)).toBe(
      'Veld criteria[0].scoring.tresholds: onbekend veld; bedoelt u "thresholds"? Het wordt nu genegeerd.',
    );
    expect(formatMessage('en', v.warnings[0]!)).toBe(
      'Field criteria[0].scoring.tresholds: unknown field; did you mean "thresholds"? It is ignored for now.',
    );
  });

  it('warns about a misspelt classification field whose default would otherwise be used silently', () => {
    const v = validateModel({ ...base, classification: { method: 'score', tresholds: [0.8, 0.5, 0.2] } });
    expect(v.warnings).toContainEqual({
      code: 'model.unknownFieldNear',
      params: { path: 'classification.tresholds', field: 'thresholds' },
    });
  });

  it('names unknown fields in rules, their conditions and the override', () => {
    const v = validateModel({
      ...base,
      rules: [{ when: { criterion: 'Omzet', op: '<', value: 1, unit: 'x' }, atMost: 'B', priority: 1 }],
      override: { column: 'Handmatig', reasonColum: 'Reden' },
    });
    expect(v.warnings.map((w) => w.params.path).sort()).toEqual(['override.reasonColum', 'rules[0].priority', 'rules[0].when.unit']);
    expect(v.warnings.find((w) => w.params.path === 'override.reasonColum')).toEqual({
      code: 'model.unknownFieldNear',
      params: { path: 'override.reasonColum', field: 'reasonColumn' },
    });
    expect(v.warnings.find((w) => w.params.path === 'rules[0].priority')!.code).toBe('model.unknownField');
  });

  it('gives no warning for a model that uses only known fields', () => {
    const v = validateModel({
      ...base,
      name: 'x',
      revenue: 'Omzet',
      classification: { method: 'rank', preset: 'klantenpiramide' },
      rules: [{ when: { column: 'Omzet', op: '<', value: 5 }, atMost: 'Groot' }],
    });
    expect(v.warnings).toEqual([]);
  });
});

describe('texts longer than Excel can hold', () => {
  const long = 'A'.repeat(MAX_TEXT_LENGTH + 1);

  it('refuses a class label over 255 characters, naming the label and its length', () => {
    const v = validateModel({ ...base, classification: { method: 'score', thresholds: [0.5], labels: ['Top', long] } });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors).toEqual([{ code: 'model.textTooLong', params: { path: 'classification.labels[1]', length: 256, max: 255 } }]);
    expect(formatMessage('nl', v.errors[0]!)).toBe(
      'Veld classification.labels[1]: de tekst is 256 tekens lang; hoogstens 255 tekens passen in een kolomkop en in de toelichting per klant.',
    );
    expect(formatMessage('en', v.errors[0]!)).toBe(
      "Field classification.labels[1]: the text is 256 characters long; at most 255 characters fit in a column header and in each client's explanation.",
    );
  });

  it('refuses criterion names, column names and the model name over 255 characters', () => {
    const v = validateModel({
      version: 1,
      name: long,
      revenue: long,
      criteria: [
        { name: long, weight: 1 },
        { name: 'B', column: long, weight: 1 },
      ],
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(
      v.errors
        .filter((e) => e.code === 'model.textTooLong')
        .map((e) => e.params.path)
        .sort(),
    ).toEqual(['criteria[0].name', 'criteria[1].column', 'name', 'revenue']);
  });

  it('accepts a label of exactly 255 characters', () => {
    expect(validateModel({ ...base, classification: { method: 'score', thresholds: [0.5], labels: ['Top', 'B'.repeat(255)] } }).ok).toBe(
      true,
    );
  });
});

describe('model file encodings', () => {
  const json = JSON.stringify({ ...base, name: 'Café ë' });
  const utf16le = (text: string, bom: boolean) => {
    const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
    let o = 0;
    if (bom) {
      out[o++] = 0xff;
      out[o++] = 0xfe;
    }
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      out[o++] = u & 0xff;
      out[o++] = u >> 8;
    }
    return out;
  };
  const utf16be = (text: string) => {
    const le = utf16le(text, true);
    const out = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      out[i] = le[i + 1]!;
      out[i + 1] = le[i]!;
    }
    return out;
  };

  it.each([
    ['UTF-8', new TextEncoder().encode(json)],
    ['UTF-8 with a BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)])],
    ['UTF-16 LE with a BOM (Notepad "Unicode")', utf16le(json, true)],
    ['UTF-16 LE without a BOM', utf16le(json, false)],
    ['UTF-16 BE with a BOM', utf16be(json)],
  ])('reads a model saved as %s', (_name, bytes) => {
    const decoded = decodeModelFile(bytes);
    expect(decoded).toEqual({ ok: true, text: json });
    const v = parseModelJson(decoded.ok ? decoded.text : '');
    expect(v.ok && v.model.name).toBe('Café ë');
  });

  it('explains a UTF-32 file instead of reporting a JSON error', () => {
    const decoded = decodeModelFile(Uint8Array.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    expect(decoded).toEqual({ ok: false, error: { code: 'model.encodingUtf32' } });
    if (decoded.ok) return;
    expect(formatMessage('nl', decoded.error)).toBe(
      'Het modelbestand is opgeslagen als UTF-32; dat kan Klantwaarde niet lezen. Sla het op als UTF-8 (Kladblok: Opslaan als > Codering: UTF-8).',
    );
    expect(formatMessage('en', decoded.error)).toBe(
      'The model file is saved as UTF-32, which Klantwaarde cannot read. Save it as UTF-8 (Notepad: Save as > Encoding: UTF-8).',
    );
  });

  it('explains a file in an old code page (Windows-1252 "é") with the byte where it goes wrong', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('{"name":"Caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    const decoded = decodeModelFile(bytes);
    expect(decoded).toEqual({ ok: false, error: { code: 'model.encodingUnknown', params: { offset: '12' } } });
    if (decoded.ok) return;
    expect(formatMessage('nl', decoded.error)).toBe(
      'Het modelbestand is geen UTF-8- of UTF-16-tekst (ongeldige tekens vanaf byte 12). Sla het op als UTF-8 (Kladblok: Opslaan als > Codering: UTF-8).',
    );
    expect(formatMessage('en', decoded.error)).toBe(
      'The model file is not UTF-8 or UTF-16 text (invalid characters from byte 12). Save it as UTF-8 (Notepad: Save as > Encoding: UTF-8).',
    );
  });

  it('decodes characters outside the Basic Multilingual Plane and long files', () => {
    const text = `{"name":"${'x'.repeat(20000)}😀"}`;
    expect(decodeModelFile(new TextEncoder().encode(text))).toEqual({ ok: true, text });
    expect(decodeModelFile(utf16le(text, true))).toEqual({ ok: true, text });
  });
});
