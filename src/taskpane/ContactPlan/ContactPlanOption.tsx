import { Checkbox } from '@fluentui/react-components';
import { useText } from '../hooks/useText';

export interface ContactPlanOptionProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** Whether the run also writes "Contactplan <jaar>" and makes the agenda file. */
export function ContactPlanOption({ checked, onChange }: ContactPlanOptionProps): JSX.Element {
  const { t } = useText();
  return <Checkbox label={t('ui.plan.option')} checked={checked} onChange={(_e, data) => onChange(data.checked === true)} />;
}
