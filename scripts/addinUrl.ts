/*
 * The production manifest: manifest.xml names the development server for every URL; a build with
 * ADDIN_URL=https://host/path (webpack.config.js) writes dist/manifest.xml with each of those URLs on
 * that base instead. Office loads add-in pages only over https ("Office Add-ins XML manifest",
 * https://learn.microsoft.com/office/dev/add-ins/develop/add-in-manifests), so anything else is refused.
 */
export const DEV_ORIGIN = 'https://localhost:3000';

/** ADDIN_URL as a base without trailing slash; throws with the reason when Office could not use it. */
export function addinBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is not a URL; expected e.g. https://addins.example.nl/klantwaarde`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL "${raw}" must use https: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL "${raw}" must not have a query or fragment`);
  if (/^(localhost|127\.|\[::1\])/i.test(url.host)) throw new Error(`ADDIN_URL "${raw}" points at this computer; use the host users reach`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** manifest.xml with every development URL moved to `base`; throws if any localhost reference is left. */
export function productionManifest(xml: string, base: string): string {
  const out = xml.split(`${DEV_ORIGIN}/`).join(`${base}/`);
  const left = /localhost/i.exec(out);
  if (left) throw new Error(`manifest.xml still names localhost after moving it to ${base} (at offset ${left.index})`);
  return out;
}
