import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { METHOD_CHOICES } from '../model/classDefaults';
import { SCORING_TYPES } from '../model/criterionDefaults';
import { useText } from '../hooks/useText';
import { useHelpPanelStyles } from './useHelpPanelStyles';

const TOPICS = ['why', 'matrix', 'classes', 'action', 'risk'] as const;

export interface HelpDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

/** "Uitleg": the method in a few paragraphs, then every scoring type and class method in one place. */
export function HelpDialog({ open, onOpenChange }: HelpDialogProps): JSX.Element {
  const styles = useHelpPanelStyles();
  const { t } = useText();
  return (
    <Dialog open={open} onOpenChange={(_e, data) => onOpenChange(data.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('help.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {TOPICS.map((topic) => (
              <section key={topic} className={styles.topic}>
                <Subtitle2 as="h3" className={styles.heading}>
                  {t(`help.${topic}.title`)}
                </Subtitle2>
                <Text>{t(`help.${topic}.text`)}</Text>
              </section>
            ))}
            <section className={styles.topic}>
              <Subtitle2 as="h3" className={styles.heading}>
                {t('ui.criteria.title')}
              </Subtitle2>
              <ul className={styles.list}>
                {SCORING_TYPES.map((s) => (
                  <li key={s}>{t(`help.scoring.${s}`)}</li>
                ))}
              </ul>
            </section>
            <section className={styles.topic}>
              <Subtitle2 as="h3" className={styles.heading}>
                {t('ui.classes.title')}
              </Subtitle2>
              <ul className={styles.list}>
                {METHOD_CHOICES.map((m) => (
                  <li key={m}>{t(`help.method.${m}`)}</li>
                ))}
              </ul>
            </section>
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="primary">{t('help.close')}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
