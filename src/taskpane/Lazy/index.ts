export { LazyExportText, LazyHelpDialog, LazyRemoveDialog, LazyResults, LazySelfTest, LazyWhatIfPanel } from './lazyParts';
