import { summarize, validateModel } from '../engine';
import { formatMessage, t, type Lang } from '../i18n/catalog';
import { errorText } from '../i18n/errorText';
import type { KlantwaardeSession } from '../workbook/session';
import type { CommandNotice } from './channel';

export interface ClassifyCommandDeps {
  readonly session: KlantwaardeSession;
  readonly lang: Lang;
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
  const { session, lang } = deps;
  const title = t(lang, 'command.title');
  let notice: CommandNotice;
  let openPane = true;
  try {
    const saved = await session.loadModel();
    const validation = saved === undefined ? undefined : validateModel(saved);
    if (!validation) {
      notice = { intent: 'info', title, lines: [t(lang, 'command.noModel')] };
    } else if (!validation.ok) {
      notice = {
        intent: 'warning',
        title,
        lines: [t(lang, 'command.invalidModel'), ...validation.errors.map((e) => formatMessage(lang, e))],
      };
    } else {
      const outcome = await session.classify(validation.model);
      const summary = summarize(outcome.run);
      const classes = summary.classes.map((c) => `${c.label} ${c.count}`).join(', ');
      notice = {
        intent: outcome.warnings.length > 0 ? 'warning' : 'success',
        title,
        lines: [
          t(lang, 'command.done', { count: outcome.run.count, model: validation.model.name }),
          t(lang, 'command.classes', { classes }),
          ...outcome.warnings.map((w) => formatMessage(lang, w)),
        ],
      };
      openPane = outcome.warnings.length > 0;
    }
  } catch (error) {
    notice = { intent: 'error', title: t(lang, 'command.failed'), lines: [errorText(lang, error)] };
  }
  deps.publish(notice);
  if (openPane) await deps.showPane().catch(() => undefined);
  return notice;
}
