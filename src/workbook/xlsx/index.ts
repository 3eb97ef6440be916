export { XlsxPort, defaultClientSheet, sheetByName } from './port';
export { XlsxPackage } from './package';
export { ZipError } from './zip';
