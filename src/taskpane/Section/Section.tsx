import { Subtitle2, useId } from '@fluentui/react-components';
import { createContext, useContext, type ReactNode } from 'react';
import { useSectionStyles } from './useSectionStyles';

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

/**
 * Set by a collapsible item around a section: the item's header already shows the title, so the
 * section only points its landmark name at that header text instead of repeating it.
 */
export const SectionHeadingContext = createContext<string | undefined>(undefined);

/** A titled part of the pane; a landmark region so screen-reader users can jump between parts. */
export function Section({ title, children }: SectionProps): JSX.Element {
  const styles = useSectionStyles();
  const ownHeadingId = useId('section');
  const outerHeadingId = useContext(SectionHeadingContext);
  if (outerHeadingId) {
    return (
      <section className={styles.inItem} aria-labelledby={outerHeadingId}>
        {children}
      </section>
    );
  }
  return (
    <section className={styles.root} aria-labelledby={ownHeadingId}>
      <Subtitle2 as="h2" id={ownHeadingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
