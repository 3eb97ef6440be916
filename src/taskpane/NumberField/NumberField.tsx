import {
  Field,
  SpinButton,
  makeStyles,
  mergeClasses,
  type SpinButtonChangeEvent,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { useState } from 'react';
import { parseNumber } from '../../engine';
import { useText } from '../hooks/useText';

export interface NumberFieldProps {
  /** Accessible name, e.g. "Gewicht Omzet". */
  readonly label: string;
  readonly value: number;
  readonly onValue: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly className?: string;
}

const useNumberFieldStyles = makeStyles({
  // With an error the field takes its row's full width, so the message is not squeezed under a narrow box.
  rejected: { flexBasis: '100%' },
});

/** What the user typed that the model did not take, and why. */
interface Rejected {
  readonly text: string;
  readonly error: string;
  /** The model's value at the time; a new value from elsewhere (undo, a preset) ends the rejection. */
  readonly against: number;
}

/**
 * A SpinButton for a number in the model. Typed text is read the way the user writes it
 * ("0,5" in Dutch, "0.5" in English). Text that is not a number, or a number outside min..max,
 * is not silently clamped or dropped: it stays in the field with an error under it, and the model
 * keeps its value until the user types something valid or steps with the arrows.
 */
export function NumberField({ label, value, onValue, min, max, step = 1, className }: NumberFieldProps): JSX.Element {
  const styles = useNumberFieldStyles();
  const { t, lang } = useText();
  const [rejectedState, setRejected] = useState<Rejected | undefined>();
  const rejected = rejectedState?.against === value ? rejectedState : undefined;
  const shown = lang === 'nl' ? String(value).replace('.', ',') : String(value);

  const check = (next: number): string | undefined => {
    const params = { min: min ?? '', max: max ?? '', value: shown };
    if (min !== undefined && max !== undefined && (next < min || next > max)) return t('pane.number.range', params);
    if (min !== undefined && next < min) return t('pane.number.min', params);
    if (max !== undefined && next > max) return t('pane.number.range', params);
    return undefined;
  };

  const onChange = (_e: SpinButtonChangeEvent, data: SpinButtonOnChangeData) => {
    let next = data.value ?? undefined;
    const typed = data.displayValue;
    if (next === undefined && typed !== undefined) {
      const parsed = parseNumber(typed.replace(/%\s*$/, ''), lang);
      if (parsed.kind !== 'number') {
        setRejected({ text: typed, error: t('pane.number.notNumber', { text: typed.trim(), value: shown }), against: value });
        return;
      }
      next = parsed.value;
    }
    if (next === undefined || Number.isNaN(next)) return;
    const error = check(next);
    if (error !== undefined) {
      setRejected({ text: typed ?? String(next), error, against: value });
      return;
    }
    setRejected(undefined);
    if (next !== value) onValue(next);
  };

  return (
    <Field
      className={mergeClasses(rejected && styles.rejected)}
      validationState={rejected ? 'error' : 'none'}
      validationMessage={rejected?.error}
    >
      <SpinButton
        className={className}
        aria-label={label}
        value={value}
        displayValue={rejected?.text ?? shown}
        min={min}
        max={max}
        step={step}
        precision={countDecimals(value, step)}
        onChange={onChange}
      />
    </Field>
  );
}

/** Enough decimals to show the value as typed (0,25) while whole-number steps stay whole. */
function countDecimals(value: number, step: number): number {
  const decimals = (n: number) => (Number.isInteger(n) ? 0 : Math.min(6, (String(n).split('.')[1] ?? '').length));
  return Math.max(decimals(value), decimals(step));
}
