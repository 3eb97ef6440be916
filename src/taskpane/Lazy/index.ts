export {
  LazyClassesSection,
  LazyCriteriaSection,
  LazyExportText,
  LazyHelpDialog,
  LazyModelToolbar,
  LazyRemoveDialog,
  LazyResults,
  LazySelfTest,
  LazyWhatIfPanel,
} from './lazyParts';
