import fs from 'fs';
import path from 'path';

// English Office (US and UK) loads functions.en.json (built by webpack from the Dutch metadata), everyone else functions.json.
describe('manifest: localized function metadata', () => {
  const xml = fs.readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

  it('overrides the metadata URL for en-US and en-GB with functions.en.json next to functions.json', () => {
    const url = /<bt:Url id="Functions\.Metadata\.Url" DefaultValue="([^"]+)">([\s\S]*?)<\/bt:Url>/.exec(xml);
    expect(url).not.toBeNull();
    const [, dutch, overrides] = url!;
    expect(dutch).toMatch(/\/functions\.json$/);
    for (const locale of ['en-US', 'en-GB']) {
      expect(overrides).toContain(`<bt:Override Locale="${locale}" Value="${dutch!.replace(/functions\.json$/, 'functions.en.json')}"/>`);
    }
  });
});
