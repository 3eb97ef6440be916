import { validateModel, type ScoringModel } from '../engine';
import { serviceLevels } from '../workbook/serviceLevels';
import { SETTINGS_KEYS } from '../workbook/results';
import { functionTexts } from './language';
import { Problem, NA_ERROR, VALUE_ERROR, type Grid, type Outcome } from './problem';
import { defineFunction } from './runner';

/** The model a worksheet function plans with: the one saved in the workbook, or a problem saying why not. */
export type SavedModel = { readonly model?: ScoringModel } | { readonly problem: Problem };

/**
 * Reads the model the task pane saved (workbook setting `klantwaarde.model`). Custom functions may
 * call the Excel API only in a shared runtime, through an Excel.RequestContext
 * (https://learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function);
 * outside Excel (tests, the preview) there is no saved model.
 */
export async function readSavedModel(): Promise<SavedModel> {
  if (typeof Excel === 'undefined') return {};
  const context = new Excel.RequestContext();
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEYS.model);
  setting.load('value');
  await context.sync();
  if (setting.isNullObject) return {};
  return parseSavedModel(setting.value);
}

export function parseSavedModel(raw: unknown): SavedModel {
  let data = raw;
  try {
    if (typeof raw === 'string') data = JSON.parse(raw);
  } catch {
    /* the validator names it */
  }
  const v = validateModel(data);
  return v.ok ? { model: v.model } : { problem: new Problem(VALUE_ERROR, 'klasse', { code: 'fn.savedModelInvalid' }) };
}

/** Without a saved model the default classes A–D plan with the default service levels. */
const DEFAULT_MODEL = (() => {
  const v = validateModel({ version: 1, criteria: [{ name: 'Score', weight: 1 }] });
  if (!v.ok) throw new Error('default model invalid');
  return v.model;
})();

/** CONTACTMOMENTEN: contact moments per year of each class cell, from the service levels of the saved model. */
export function contactMomentsSpec(saved: SavedModel) {
  return defineFunction('CONTACTMOMENTEN', [{ name: 'klasse', kind: 'texts' }] as const, (classes): Grid<Outcome<number>> => {
    if ('problem' in saved) return classes.map((row) => row.map(() => saved.problem));
    const levels = serviceLevels(saved.model ?? DEFAULT_MODEL, functionTexts());
    const labels = levels.map((l) => l.class).join(', ');
    return classes.map((row, r) =>
      row.map((label, c) => {
        if (label instanceof Problem) return label;
        const level = levels.find((l) => l.class.toLowerCase() === label.toLowerCase());
        return level
          ? level.contactsPerYear
          : new Problem(NA_ERROR, 'klasse', { code: 'fn.unknownClass', params: { label, labels } }, { row: r + 1, column: c + 1 });
      }),
    );
  });
}
