import { AccordionHeader, AccordionItem, AccordionPanel, Caption1, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { SectionHeadingContext } from '../Section';
import { useSetupItemStyles } from './useSetupItemStyles';

export interface SetupItemProps {
  /** The Accordion item value (which items are open is kept by the pane). */
  readonly value: string;
  readonly title: string;
  /** One line saying what is set, so a closed item still tells the user enough. */
  readonly summary: string;
  readonly children: ReactNode;
}

/**
 * One collapsible part of the setup (Fluent Accordion): the header shows the title and a one-line
 * summary; the section inside keeps its landmark name (the title) for screen-reader navigation.
 */
export function SetupItem({ value, title, summary, children }: SetupItemProps): JSX.Element {
  const styles = useSetupItemStyles();
  const titleId = useId('setup-title');
  return (
    <AccordionItem value={value} className={styles.item}>
      <AccordionHeader as="h2" expandIconPosition="end" className={styles.header} button={{ className: styles.button }}>
        <span className={styles.text}>
          <span id={titleId} className={styles.title}>
            {title}
          </span>
          <Caption1 className={styles.summary}>{summary}</Caption1>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <SectionHeadingContext.Provider value={titleId}>{children}</SectionHeadingContext.Provider>
      </AccordionPanel>
    </AccordionItem>
  );
}
