import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { UndoableChange } from '../model/undo';
import { useText } from '../hooks/useText';

export interface UndoBarProps {
  readonly change?: UndoableChange;
  readonly onUndo: () => void;
}

/** After a change that threw work away (a preset or import replaced the model, a criterion removed): one click back. */
export function UndoBar({ change, onUndo }: UndoBarProps): JSX.Element | null {
  const { t } = useText();
  if (!change) return null;
  const text =
    change.kind === 'replaced' ? t('pane.undo.replaced', { name: change.name }) : t('pane.undo.removed', { criterion: change.name });
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onUndo}>
          {t('pane.undo.action')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
