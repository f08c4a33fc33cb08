import "server-only";
/** The interface translation round trip for administrators: every function takes the caller first and checks it. */
export {
  applyTranslationImport,
  checkTranslationImport,
  exportTranslations,
  getTranslationImport,
  ALREADY_APPLIED,
  HAS_ERRORS,
  NOTHING_TO_APPLY,
  STALE_IMPORT,
  TRANSLATION_IMPORTED,
  type TranslationImportPreview,
} from "./imports";
