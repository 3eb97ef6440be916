import { decodeModelFile, modelToJson, type DecodedText, type ScoringModel } from '../../engine';

/** A file name from the model name: letters, digits, spaces and dashes only. */
export function modelFileName(model: ScoringModel): string {
  const base = model.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return `${base || 'klantwaarde-model'}.json`;
}

/** The model file's text (.json), as downloaded or shown for copying. */
export function modelJsonText(model: ScoringModel): string {
  return `${JSON.stringify(modelToJson(model), null, 2)}\n`;
}

/** Offers the model as a .json download (a Blob URL: nothing leaves the machine). */
export function downloadModel(model: ScoringModel): void {
  const blob = new Blob([modelJsonText(model)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = modelFileName(model);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some hosts start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A model file's text, decoded as the engine decodes it (UTF-8, or UTF-16 as Notepad saves "Unicode"):
 * Blob.text() would read every file as UTF-8. FileReader where Blob.arrayBuffer is missing (older Office webviews).
 */
export async function readModelText(file: Blob): Promise<DecodedText> {
  const buffer =
    typeof file.arrayBuffer === 'function'
      ? await file.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
          reader.readAsArrayBuffer(file);
        });
  return decodeModelFile(new Uint8Array(buffer));
}

/** A file's text read as UTF-8 (FileReader where Blob.text is missing). */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsText(file);
  });
}
