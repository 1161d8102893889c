/** The print feature's public entry: what other features may use of the PDF machinery. */
export { assertWithinBudget, formatBytes, type PrintJob } from './pdf-files';
