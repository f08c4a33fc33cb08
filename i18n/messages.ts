import type { Locale } from "./config";
import { loadFileMessages } from "./message-files";
import { maoriMessagesWithImports } from "@/lib/dal/interface-translations";

export { NAMESPACES } from "./message-files";

/**
 * The interface text for a language: the message files, and for te reo Māori the text
 * administrators imported (/admin/translations) laid over them, without a rebuild. English is
 * only ever the files (it needs no database, so build-time pages can ask for it). Should the
 * database not answer, the files are served: the site keeps its words.
 */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  if (locale !== "mi") return loadFileMessages(locale);
  try {
    return await maoriMessagesWithImports();
  } catch (error) {
    console.error("Imported interface text could not be read; serving the message files:", error);
    return loadFileMessages(locale);
  }
}
