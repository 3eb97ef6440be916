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
  preloadRunProgress,
} from './lazyParts';
