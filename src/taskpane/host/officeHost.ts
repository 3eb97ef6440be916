import type { PaneHost } from './paneHost';

/*
 * The PaneHost in Excel, from Office.js. Each event is documented with the requirement set it needs,
 * all within what the start-up check (./requirements) already demands:
 *  - Office.addin.onVisibilityModeChanged, SharedRuntime 1.1
 *    (https://learn.microsoft.com/javascript/api/office/office.addin): in the shared runtime the React app
 *    may mount while the pane is hidden (a worksheet function or the ribbon started the runtime), so the
 *    table is read again when the pane is shown.
 *  - WorksheetCollection.onSelectionChanged, ExcelApi 1.9
 *    (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection): the user selected
 *    another table, on any sheet.
 * Registering an event is best effort: if it fails the pane still works, with its manual "read again".
 */

/** Excel for Mac and iPad ignore <a download> on a Blob URL (OfficeDev/office-js issues on downloads). */
function downloadsWork(platform: string): boolean {
  return platform !== 'Mac' && platform !== 'iOS';
}

function watchTable(listener: () => void): () => void {
  const removers: (() => void)[] = [];
  let stopped = false;
  const keep = (remove: () => void) => {
    if (stopped) remove();
    else removers.push(remove);
  };

  Office.addin
    .onVisibilityModeChanged((args) => {
      if (args.visibilityMode === Office.VisibilityMode.taskpane) listener();
    })
    .then(
      (remove) =>
        keep(() => {
          void remove();
        }),
      () => undefined,
    );

  Excel.run(async (context) => {
    const handler = context.workbook.worksheets.onSelectionChanged.add(async () => {
      listener();
    });
    await context.sync();
    // Removing a handler needs the context it was added in.
    keep(() => {
      void Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      }).catch(() => undefined);
    });
  }).catch(() => undefined);

  return () => {
    stopped = true;
    for (const remove of removers.splice(0)) remove();
  };
}

export function officeHost(): PaneHost {
  const diagnostics = Office.context.diagnostics;
  const platform = String(diagnostics?.platform ?? Office.context.platform ?? 'unknown');
  return {
    client: { host: String(diagnostics?.host ?? 'Excel'), platform, version: diagnostics?.version ?? 'unknown' },
    canDownloadFiles: downloadsWork(platform),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    watchTable,
    // Needed only when the self-test runs: in the self-test section's chunk (fetched when the section shows), not the first load.
    selfTestWorkbook: () =>
      import(/* webpackChunkName: "self-test" */ '../SelfTest/officeSelfTestWorkbook').then((m) => m.officeSelfTestWorkbook()),
  };
}
