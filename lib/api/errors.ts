/**
 * Errors the open-data API may answer with. Each carries a stable code, an HTTP status and a message
 * written for the person calling the API; anything else is logged and answered as `internal`.
 */
import type { z } from "zod";
import type { ApiErrorBody, ApiErrorCode } from "./openapi/schemas";

export type { ApiErrorBody };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (message: string) => new ApiError("not_found", 404, message);

export function invalidQuery(fields: Record<string, string[]>): ApiError {
  const names = Object.keys(fields).sort();
  return new ApiError("invalid_query", 400, `Check the query parameters: ${names.join(", ")}.`, fields);
}

/** zod issues as `{ parameter: [messages] }`, naming each unknown parameter on its own. */
export function fieldsFromZod(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (name: string, message: string) => (fields[name] ??= []).push(message);
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add(key, "Unknown query parameter.");
    } else {
      add(issue.path.map(String).join(".") || "query", issue.message);
    }
  }
  return fields;
}
