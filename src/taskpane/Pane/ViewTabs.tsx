import { Tab, TabList } from '@fluentui/react-components';
import { useText } from '../hooks/useText';

/** The pane's two views: the setup, and the outcome of the last run. */
export type PaneView = 'setup' | 'results';

export interface ViewTabsProps {
  readonly view: PaneView;
  readonly onView: (view: PaneView) => void;
  readonly className?: string;
}

/**
 * The tabs between the setup and the results view. Shown once a run has an outcome (before that there
 * is only the setup), so Fluent's TabList is not in the pane's first load (Lazy/lazyParts.ts).
 */
export function ViewTabs({ view, onView, className }: ViewTabsProps): JSX.Element {
  const { t } = useText();
  return (
    <TabList
      className={className}
      size="small"
      aria-label={t('pane.views')}
      selectedValue={view}
      onTabSelect={(_e, data) => onView(data.value as PaneView)}
    >
      <Tab value="setup">{t('pane.view.setup')}</Tab>
      <Tab value="results">{t('pane.view.results')}</Tab>
    </TabList>
  );
}
