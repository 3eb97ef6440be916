import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle, useId } from '@fluentui/react-components';
import type { Notice, NoticeSource } from '../model/notice';
import { useText } from '../hooks/useText';

export interface NoticeBarsProps {
  readonly notices: readonly Notice[];
  readonly onDismiss?: (source: NoticeSource) => void;
}

function NoticeBar({ notice, onDismiss }: { readonly notice: Notice; readonly onDismiss?: (source: NoticeSource) => void }): JSX.Element {
  const { t } = useText();
  const titleId = useId('notice');
  const multiline = notice.lines.length > 1;
  return (
    <MessageBar
      intent={notice.intent}
      layout={multiline ? 'multiline' : 'auto'}
      aria-labelledby={titleId}
      politeness={notice.intent === 'error' ? 'assertive' : 'polite'}
    >
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{notice.title}</MessageBarTitle>
        {multiline ? (
          <ul>
            {notice.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          notice.lines[0]
        )}
      </MessageBarBody>
      {(notice.action || onDismiss) && (
        <MessageBarActions
          containerAction={
            onDismiss && (
              <Button appearance="transparent" size="small" onClick={() => onDismiss(notice.source)}>
                {t('ui.notice.dismiss')}
              </Button>
            )
          }
        >
          {notice.action && <Button onClick={notice.action.onClick}>{notice.action.label}</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Every message the pane has for the user, each in a Fluent MessageBar (never a silent failure). */
export function NoticeBars({ notices, onDismiss }: NoticeBarsProps): JSX.Element | null {
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup>
      {notices.map((n) => (
        <NoticeBar key={n.source} notice={n} onDismiss={onDismiss} />
      ))}
    </MessageBarGroup>
  );
}
