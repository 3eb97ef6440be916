import type { CatalogMessage } from '../i18n/catalog';
import { agendaFile } from './actionPlan';
import { rangeAddress } from './cells';
import type { WorkbookPort } from './port';
import { planRemoval } from './removalPlan';
import type { EngineResult } from './runEngine';
import { runWarnings } from './runWarnings';
import type { ClassifyOutcome, ResultsDescription } from './session';
import { fail, hostCall, PROGRESS } from './tableAtHand';
import { planClassifyWrite, type ClassifyWriteInput } from './writePlan';

/*
 * The half of the session that writes: a classify's write (result columns, report, contact plan,
 * agenda) and the removal of results. The session loads it on demand (onDemand.ts), so the pane's
 * first load carries only what finding, reading and previewing a table need.
 */

/** One classify's write: the table read and the engine's outcome, with the session's port, texts and clock. */
export interface ResultsWrite extends Omit<ClassifyWriteInput, 'run'> {
  readonly port: WorkbookPort;
  readonly engine: EngineResult;
}

/** Plans the whole write (writePlan.ts), refuses what Excel would refuse halfway, then writes once. */
export async function writeResults({ port, engine, ...input }: ResultsWrite): Promise<ClassifyOutcome> {
  const { at, texts, now, opts } = input;
  const { run } = engine;
  const progress = opts.onProgress;
  const sheet = at.plan.clientRange.sheet;
  if (at.plan.located.sheetProtected) fail({ code: 'workbook.sheetProtected', params: { sheet } });
  const planned = planClassifyWrite({ ...input, run });
  const { writePlan, action } = planned;
  // Refused before anything is written (Excel would fail halfway through the write).
  const sheetChange = writePlan.report?.sheet ?? writePlan.deleteSheets?.[0];
  if (at.state.workbookProtected && sheetChange !== undefined)
    fail({ code: 'workbook.structureProtected', params: { sheet: sheetChange } });
  await hostCall(sheet, 'workbook.writeFailed', () =>
    port.write(writePlan, (f) => progress?.(PROGRESS.classified + (1 - PROGRESS.classified) * f)),
  );
  progress?.(1);
  return {
    run,
    resultAddress: rangeAddress(planned.resultRange),
    ...(planned.reportSheet ? { reportSheet: planned.reportSheet } : {}),
    warnings: [...engine.warnings, ...runWarnings(run, at.plan), ...planned.warnings],
    action,
    ...(action.contactPlan ? { agenda: agendaFile(action.contactPlan, texts, now()) } : {}),
    ...(planned.planSheet ? { planSheet: planned.planSheet } : {}),
  };
}

export async function describeResults(port: WorkbookPort): Promise<ResultsDescription> {
  return (await planRemoval(port)).description;
}

export async function removeResults(
  port: WorkbookPort,
): Promise<{ removedColumns: number; removedReport: boolean; warnings: CatalogMessage[] }> {
  const { plan, description, removedColumns, warnings } = await planRemoval(port);
  if (plan.settings === undefined) return { removedColumns: 0, removedReport: false, warnings };
  await hostCall(description.blocks[0]?.sheet ?? '', 'workbook.writeFailed', () => port.write(plan));
  return { removedColumns, removedReport: description.reports.length > 0, warnings };
}
