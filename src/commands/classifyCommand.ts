import { summarize, validateModel } from '../engine';
import type { Texts } from '../i18n/catalog';
import { errorText } from '../i18n/errorText';
import type { KlantwaardeSession } from '../workbook/session';
import type { CommandNotice } from './channel';

export interface ClassifyCommandDeps {
  readonly session: KlantwaardeSession;
  /** The texts of the notice, in the language the session writes in. */
  readonly texts: Texts;
  /** Opens the task pane (Office.addin.showAsTaskpane, SharedRuntime 1.1). */
  readonly showPane: () => Promise<void>;
  readonly publish: (notice: CommandNotice) => void;
}

/**
 * The ribbon's one click: classify the selected table with the model saved in the workbook. Without a
 * usable saved model, or when anything goes wrong, it opens the pane with the reason; on success it
 * reports the per-class counts (the pane shows them when it is open or opened later).
 */
export async function classifyWithSavedModel(deps: ClassifyCommandDeps): Promise<CommandNotice> {
  const { session, texts: tx } = deps;
  const title = tx.t('command.title');
  let notice: CommandNotice;
  let openPane = true;
  try {
    const saved = await session.loadModel();
    const validation = saved === undefined ? undefined : validateModel(saved);
    if (!validation) {
      notice = { intent: 'info', title, lines: [tx.t('command.noModel')] };
    } else if (!validation.ok) {
      notice = {
        intent: 'warning',
        title,
        lines: [tx.t('command.invalidModel'), ...validation.errors.map(tx.message)],
      };
    } else {
      const outcome = await session.classify(validation.model);
      const summary = summarize(outcome.run);
      const classes = summary.classes.map((c) => `${c.label} ${c.count}`).join(', ');
      notice = {
        intent: outcome.warnings.length > 0 ? 'warning' : 'success',
        title,
        lines: [
          tx.t('command.done', { count: outcome.run.count, model: validation.model.name }),
          tx.t('command.classes', { classes }),
          ...outcome.warnings.map(tx.message),
        ],
      };
      openPane = outcome.warnings.length > 0;
    }
  } catch (error) {
    notice = { intent: 'error', title: tx.t('command.failed'), lines: [errorText(tx, error)] };
  }
  deps.publish(notice);
  if (openPane) await deps.showPane().catch(() => undefined);
  return notice;
}
