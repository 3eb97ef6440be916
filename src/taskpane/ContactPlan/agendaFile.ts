/** The agenda file's name: "Contactplan-2026.ics" (letters, digits and dashes only). */
export function agendaFileName(sheet: string | undefined, year: number): string {
  const base = (sheet ?? `Contactplan ${year}`)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return `${base || 'contactplan'}.ics`;
}

/**
 * Offers the agenda as a download (a Blob URL: nothing leaves the machine). Excel for Mac's webview
 * does not start downloads, so the pane also offers copy and the text itself.
 */
export function downloadAgenda(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some hosts start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text: the Clipboard API where the host allows it, else the selected text box and execCommand. */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* the host refused: try the text box */
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    return typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    return false;
  }
}
