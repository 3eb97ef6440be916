export { SelfTest } from './SelfTest';
export { runSelfTest } from './runSelfTest';
export type { SelfTestResult, SelfTestStep, SelfTestStepId } from './runSelfTest';
export type { SelfTestWorkbook } from './selfTestWorkbook';
export { memorySelfTestWorkbook } from './memorySelfTestWorkbook';
