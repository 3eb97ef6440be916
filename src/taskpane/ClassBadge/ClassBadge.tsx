import { mergeClasses } from '@fluentui/react-components';
import { useClassBadgeStyles } from './useClassBadgeStyles';

export interface ClassBadgeProps {
  /** The class label, or null for an unclassified client. */
  readonly label: string | null;
  /** Position of the class (0 = top) and the number of classes, for the colour. */
  readonly index: number;
  readonly count: number;
  /** Text shown for an unclassified client. */
  readonly noneText: string;
}

/** Maps a class position onto four tones, so 3, 4 or more classes all run from green to red. */
export function toneOf(index: number, count: number): 0 | 1 | 2 | 3 {
  if (count <= 1) return 0;
  return Math.round((index * 3) / (count - 1)) as 0 | 1 | 2 | 3;
}

export function ClassBadge({ label, index, count, noneText }: ClassBadgeProps): JSX.Element {
  const styles = useClassBadgeStyles();
  const tone = label === null || index < 0 ? styles.none : [styles.tone0, styles.tone1, styles.tone2, styles.tone3][toneOf(index, count)];
  return <span className={mergeClasses(styles.root, tone)}>{label ?? noneText}</span>;
}
