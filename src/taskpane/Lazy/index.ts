export {
  LazyClassesSection,
  LazyCriteriaSection,
  LazyExportText,
  LazyHelpDialog,
  LazyRemoveDialog,
  LazyResults,
  LazySelfTest,
  LazyWhatIfPanel,
} from './lazyParts';
