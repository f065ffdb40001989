/** File fields of forms on the server: uploads checked by content and size, the storage port, submission references. */
export { type FileReferenceIssue, type ResolvedFiles, resolveFileReferences } from './file-references.js';
export {
  databaseFileStorage,
  type FileStorage,
  type NewFormFile,
  type StoredFormFile,
} from './file-storage.js';
export { type FormWithFiles, fileFieldsOf, formVersionCache } from './form-file-fields.js';
export { type FormFileUploadsOptions, formFileUploads } from './form-file-uploads.js';
