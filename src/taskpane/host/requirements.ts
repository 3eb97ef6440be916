/*
 * The Office requirement sets Klantwaarde uses, checked at start-up with
 * Office.context.requirements.isSetSupported (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 * The manifest's VersionOverrides require the same sets, but Office then only hides the ribbon and the
 * functions: on Excel 2016/2019 it still opens the plain task pane (DefaultSettings), which would fail on
 * its first Excel call. So the pane checks first and names what is missing.
 */
export interface RequirementSet {
  readonly name: 'ExcelApi' | 'SharedRuntime' | 'CustomFunctionsRuntime';
  readonly version: string;
}

/** Without these the pane cannot work at all (see manifest.xml for which feature needs which version). */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: 'ExcelApi', version: '1.9' },
  { name: 'SharedRuntime', version: '1.1' },
];

/**
 * Reported by the self-test, not required by the pane: CustomFunctions.Error with a message is
 * CustomFunctionsRuntime 1.2 (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error).
 */
export const REPORTED_SETS: readonly RequirementSet[] = [...REQUIRED_SETS, { name: 'CustomFunctionsRuntime', version: '1.2' }];

export type IsSetSupported = (name: string, version: string) => boolean;

/** The required sets this host does not support; a checker that throws counts as "not supported". */
export function missingRequirements(isSetSupported: IsSetSupported, sets: readonly RequirementSet[] = REQUIRED_SETS): RequirementSet[] {
  return sets.filter((s) => {
    try {
      return !isSetSupported(s.name, s.version);
    } catch {
      return true;
    }
  });
}

/** Host, platform and version as Office reports them, for messages and the self-test report. */
export interface ClientInfo {
  readonly host: string;
  readonly platform: string;
  readonly version: string;
}
