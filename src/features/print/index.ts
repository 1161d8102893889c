/** The print feature's public entry: what other features may use of the PDF machinery. */
export { formatBytes, type PrintJob } from './pdf-files';
