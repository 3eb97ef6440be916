/*
 * Top-level switches of functions.json that the JSDoc generator (custom-functions-metadata-plugin) cannot
 * express, applied by the build to the generated Dutch file and to the English file derived from it.
 *
 * allowErrorForDataTypeAny: without it Excel never calls a function whose argument holds an error
 * (#N/A, #DIV/0!); the cell just shows that error, without our message saying which argument and cell.
 * With it, parameters of type "any" (all of ours) receive the error and we explain it. Documented in
 * "Manually create JSON metadata for custom functions"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json) and "Handle and return
 * errors from your custom function" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 */
export const METADATA_OPTIONS = { allowErrorForDataTypeAny: true } as const;

/** The metadata (functions.json text) with our top-level options set, options first as in Microsoft's sample. */
export function withMetadataOptions(metadataJson: string): string {
  const metadata = JSON.parse(metadataJson) as Record<string, unknown>;
  return JSON.stringify({ ...METADATA_OPTIONS, ...metadata, ...METADATA_OPTIONS }, null, 4);
}
