import { ProgressBar } from '@fluentui/react-components';

export interface RunProgressProps {
  /** 0..1, or undefined for an indeterminate bar. */
  readonly value?: number;
  readonly label: string;
}

/** The progress of a run in the classify bar; its own module so Fluent's ProgressBar loads on demand (Lazy/lazyParts.ts). */
export function RunProgress({ value, label }: RunProgressProps): JSX.Element {
  return <ProgressBar value={value} max={1} aria-label={label} />;
}
