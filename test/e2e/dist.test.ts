import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

/**
 * The production build as `npm run test:e2e` makes it: `webpack --mode production --env addinUrl=…`
 * (the same as `ADDIN_URL=… npm run build`, without shell-specific syntax).
 * Checks what Excel will load: a manifest whose every URL is on ADDIN_URL and names a file that exists
 * in dist/, and functions metadata that lets error cells reach the functions (allowErrorForDataTypeAny).
 */
const dist = join(__dirname, '..', '..', 'dist');
/** Must equal addinUrl in package.json's test:e2e script. */
const ADDIN_URL = 'https://klantwaarde.example/addin';

const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);

describe('production build (dist/)', () => {
  it('has a manifest whose every URL points at ADDIN_URL, with no localhost anywhere', () => {
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith(`${ADDIN_URL}/`))).toEqual([]);
    expect(manifest).not.toMatch(/localhost/i);
  });

  it('contains every file the manifest names', () => {
    const files = [...new Set(urls.map((u) => u.slice(ADDIN_URL.length + 1)))];
    expect(files).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'functions.en.json', 'assets/icon-80.png']),
    );
    expect(files.filter((f) => !existsSync(join(dist, f)))).toEqual([]);
  });

  it.each(['functions.json', 'functions.en.json'])(
    '%s lets error inputs reach the functions (top-level allowErrorForDataTypeAny)',
    (file) => {
      const metadata = JSON.parse(readFileSync(join(dist, file), 'utf8')) as {
        allowErrorForDataTypeAny?: unknown;
        functions: { id: string; parameters: { type?: string }[] }[];
      };
      expect(metadata.allowErrorForDataTypeAny).toBe(true);
      expect(metadata.functions.map((f) => f.id)).toContain('ABCKLASSE');
      // Excel passes errors only to parameters of type "any".
      for (const f of metadata.functions) for (const p of f.parameters) expect(p.type).toBe('any');
    },
  );

  it('serves English function names in functions.en.json and Dutch in functions.json', () => {
    const names = (file: string) =>
      (JSON.parse(readFileSync(join(dist, file), 'utf8')) as { functions: { name: string }[] }).functions.map((f) => f.name);
    expect(names('functions.json')).toContain('ABCKLASSE');
    expect(names('functions.en.json')).toContain('ABCCLASS');
  });
});
