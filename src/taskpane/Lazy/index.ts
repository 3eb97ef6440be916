export { LazyHelpDialog, LazyRemoveDialog, LazyResults, LazySelfTest } from './lazyParts';
