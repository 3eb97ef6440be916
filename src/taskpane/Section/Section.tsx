import { Subtitle2, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useSectionStyles } from './useSectionStyles';

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

/** A titled part of the pane; a landmark region so screen-reader users can jump between parts. */
export function Section({ title, children }: SectionProps): JSX.Element {
  const styles = useSectionStyles();
  const headingId = useId('section');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>{title}</Subtitle2>
      {children}
    </section>
  );
}
