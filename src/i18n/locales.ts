/*
 * The Office display languages for which Klantwaarde speaks English, in one list. Office gives the
 * manifest's <Override Locale="…"> only for an exact culture name (there is no "en-*" wildcard), so the
 * manifest repeats every English text and the English functions.json URL for each entry below, the pane
 * and the worksheet functions switch to English for exactly these, and test/manifest checks all three
 * agree. Every other language, English variants not listed included, gets Dutch everywhere, consistently.
 *
 * The list: the English cultures Microsoft 365 offers as display or regional language (US, UK, and the
 * Commonwealth variants Excel on the web and on Mac report from the account's settings). Source:
 * "Localization for Office Add-ins", https://learn.microsoft.com/office/dev/add-ins/develop/localization
 * (Context.displayLanguage and manifest overrides). Add a culture here and run test/manifest to see
 * which manifest lines are missing.
 */
export const ENGLISH_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'en-ZA'] as const;

const english = new Set(ENGLISH_LOCALES.map((l) => l.toLowerCase()));

/** Whether Office's display language ("en-GB", "nl-NL", …) is one we serve in English (case-insensitive). */
export function isEnglishLocale(displayLanguage: string | undefined): boolean {
  return displayLanguage !== undefined && english.has(displayLanguage.toLowerCase());
}
