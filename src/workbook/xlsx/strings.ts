import { SaxesParser } from 'saxes';
import { localName, unescapeCellText } from './xml';

/**
 * The shared string table (ECMA-376 Part 1, 18.4.9), read with saxes in pieces so a large table is
 * never held as one string: each <si> is its <t> text, or the <t> of its rich-text runs joined;
 * phonetic runs (<rPh>) are not part of the text Excel shows.
 */
export function readSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  const parser = new SaxesParser({ position: false });
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'si') current = [];
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && current && phonetic === 0 && !tag.isSelfClosing) inText = true;
  });
  parser.on('text', (text) => {
    if (inText) current!.push(text);
  });
  parser.on('cdata', (text) => {
    if (inText) current!.push(text);
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si' && current) {
      strings.push(unescapeCellText(current.join('')));
      current = undefined;
    }
  });
  const decoder = new TextDecoder('utf-8');
  const STEP = 1 << 20;
  for (let i = 0; i < bytes.length; i += STEP) parser.write(decoder.decode(bytes.subarray(i, i + STEP), { stream: true }));
  parser.write(decoder.decode());
  parser.close();
  return strings;
}
