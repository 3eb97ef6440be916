export {
  LazyClassesSection,
  LazyCriteriaSection,
  LazyExportText,
  LazyHelpDialog,
  LazyModelToolbar,
  LazyRemoveDialog,
  LazyResults,
  LazyRunProgress,
  LazySelfTest,
  LazyWhatIfPanel,
  LazyViewTabs,
  preloadRunParts,
} from './lazyParts';
