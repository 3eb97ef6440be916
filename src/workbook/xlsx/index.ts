export { XlsxPort, defaultClientSheet, sheetByName, locateOnSheet } from './port';
export { XlsxPackage } from './package';
export { SETTINGS_SHEET } from './settings';
export { pointsToCharacters } from './report';
export { ZipError, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES } from './zip';
