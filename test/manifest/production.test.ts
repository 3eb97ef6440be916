/** @jest-environment jsdom */
// The production manifest (ADDIN_URL=https://host/path npm run build): every URL on the given host, no
// localhost left anywhere, and nothing but https accepted. test/e2e/dist.test.ts checks the built files.
import fs from 'fs';
import path from 'path';
import { addinBase, productionManifest } from '../../scripts/addinUrl';

const xml = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');
const BASE = 'https://addins.kantoor.example/klantwaarde';

/** Every URL-valued attribute in the manifest (DefaultValue of URL elements, overrides of those). */
function urls(text: string): string[] {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  return Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
    ['DefaultValue', 'Value'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null && /^\w+:\/\//.test(v)),
  );
}

describe('production manifest', () => {
  it('moves every URL onto ADDIN_URL and leaves no localhost, not even in comments', () => {
    const out = productionManifest(xml, addinBase(`${BASE}/`));
    const all = urls(out);
    expect(all.length).toBe(urls(xml).length);
    expect(all.length).toBeGreaterThan(10);
    for (const u of all) expect(u.startsWith(`${BASE}/`)).toBe(true);
    expect(out).not.toMatch(/localhost/i);
    expect(all).toContain(`${BASE}/functions.en.json`);
    expect(all).toContain(`${BASE}/taskpane.html`);
  });

  it('keeps everything but the URLs as it was', () => {
    const out = productionManifest(xml, BASE);
    const strip = (s: string) => s.replace(/https:\/\/[^"\s]+/g, 'URL').replace(/<!--[\s\S]*?-->/g, '');
    expect(strip(out)).toBe(strip(xml));
  });

  it('accepts a host with or without a path and trailing slash', () => {
    expect(addinBase('https://addins.example.nl')).toBe('https://addins.example.nl');
    expect(addinBase('https://addins.example.nl/')).toBe('https://addins.example.nl');
    expect(addinBase(' https://example.nl/a/b// ')).toBe('https://example.nl/a/b');
  });

  it.each([
    ['http://addins.example.nl', /must use https/],
    ['addins.example.nl', /is not a URL/],
    ['https://example.nl/x?v=1', /query or fragment/],
    ['https://localhost:8443', /points at this computer/],
  ])('refuses %s with a reason', (raw, reason) => {
    expect(() => addinBase(raw)).toThrow(reason);
  });

  it('refuses to write a manifest that would still name localhost', () => {
    expect(() => productionManifest(`${xml}<!-- see http://localhost:3000 -->`, BASE)).toThrow(/still names localhost/);
  });
});
