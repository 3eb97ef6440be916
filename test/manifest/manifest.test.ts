/** @jest-environment jsdom */
// Static checks on manifest.xml that Office would otherwise only report at sideload time (or silently
// ignore): dangling resource ids, http URLs, missing icons, and the shared-runtime wiring.
import fs from 'fs';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

/** All elements with this local name, whatever their namespace prefix (bt:, default, ...). */
function all(localName: string, scope: Document | Element = doc): Element[] {
  return Array.from(scope.getElementsByTagName('*')).filter((el) => el.localName === localName);
}
function one(localName: string, scope: Document | Element = doc): Element {
  const found = all(localName, scope);
  expect(found).toHaveLength(1);
  return found[0]!;
}
function xsiType(el: Element): string | null {
  return el.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type');
}

const resources = (): Element => one('Resources');
/** Ids defined in one resource group, e.g. ids('Urls', 'Url'). */
function ids(group: string, item: string): Set<string | null> {
  return new Set(
    all(group, resources())
      .flatMap((g) => all(item, g))
      .map((el) => el.getAttribute('id')),
  );
}

describe('manifest.xml', () => {
  it('is well-formed XML with an OfficeApp TaskPaneApp root', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(xsiType(doc.documentElement)).toBe('TaskPaneApp');
  });

  it('has a 4-part version and a GUID id', () => {
    expect(one('Version').textContent?.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one('Id').textContent?.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it('resolves every resid to a resource id of the right kind', () => {
    const byKind: Record<string, Set<string | null>> = {
      image: ids('Images', 'Image'),
      url: ids('Urls', 'Url'),
      short: ids('ShortStrings', 'String'),
      long: ids('LongStrings', 'String'),
    };
    const kindOf = (el: Element): string => {
      if (el.localName === 'Image') return 'image';
      if (['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(el.localName)) return 'url';
      if (el.localName === 'Description') return 'long';
      return 'short'; // Label, Title, Namespace
    };
    const withResid = Array.from(doc.getElementsByTagName('*')).filter((el) => el.hasAttribute('resid'));
    expect(withResid.length).toBeGreaterThan(10);
    const dangling = withResid
      .filter((el) => !byKind[kindOf(el)]!.has(el.getAttribute('resid')))
      .map((el) => `<${el.localName} resid="${el.getAttribute('resid')}"> (${kindOf(el)})`);
    expect(dangling).toEqual([]);
  });

  it('uses https for every URL', () => {
    const urlElements = Array.from(doc.getElementsByTagName('*')).filter((el) => /Url$|^SourceLocation$|^Image$/.test(el.localName));
    const urls = urlElements.map((el) => el.getAttribute('DefaultValue')).filter((v): v is string => v !== null);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
    // Locale overrides carry URLs too.
    for (const el of urlElements) {
      for (const override of all('Override', el)) expect(override.getAttribute('Value')).toMatch(/^https:\/\//);
    }
  });

  it('references only icons that exist in assets/', () => {
    const iconUrls = Array.from(doc.getElementsByTagName('*'))
      .map((el) => el.getAttribute('DefaultValue'))
      .filter((v): v is string => v !== null && /\/assets\//.test(v));
    expect(iconUrls.length).toBeGreaterThan(0);
    for (const url of iconUrls) {
      const file = path.join(root, 'assets', path.basename(new URL(url).pathname));
      expect(fs.existsSync(file)).toBe(true);
    }
  });

  it('asks for ReadWriteDocument permission', () => {
    expect(one('Permissions').textContent?.trim()).toBe('ReadWriteDocument');
  });

  it('requires SharedRuntime 1.1', () => {
    const sets = all('Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
    expect(sets).toContain('SharedRuntime 1.1');
  });

  it('puts the custom functions in the KW namespace', () => {
    const ext = all('ExtensionPoint').find((el) => xsiType(el) === 'CustomFunctions');
    expect(ext).toBeDefined();
    const resid = one('Namespace', ext).getAttribute('resid');
    const value = all('String', resources()).find((s) => s.getAttribute('id') === resid);
    expect(value?.getAttribute('DefaultValue')).toBe('KW');
  });

  it('shares one runtime between task pane, custom functions and commands', () => {
    const runtime = one('Runtime');
    const runtimeId = runtime.getAttribute('resid');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const ext = all('ExtensionPoint').find((el) => xsiType(el) === 'CustomFunctions') as Element;
    expect(one('SourceLocation', one('Page', ext)).getAttribute('resid')).toBe(runtimeId);
    expect(one('FunctionFile').getAttribute('resid')).toBe(runtimeId);
    const showPane = all('Action').find((a) => xsiType(a) === 'ShowTaskpane') as Element;
    expect(one('SourceLocation', showPane).getAttribute('resid')).toBe(runtimeId);
    const runtimeUrl = all('Url', resources()).find((u) => u.getAttribute('id') === runtimeId);
    const defaultPage = one('SourceLocation', one('DefaultSettings')).getAttribute('DefaultValue');
    expect(runtimeUrl?.getAttribute('DefaultValue')).toBe(defaultPage);
  });

  it('wires the Classificeer button to the "classify" action', () => {
    const execute = all('Action').filter((a) => xsiType(a) === 'ExecuteFunction');
    expect(execute).toHaveLength(1);
    expect(one('FunctionName', execute[0]).textContent?.trim()).toBe('classify');
  });
});
