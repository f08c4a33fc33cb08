/** Reading query parameters at the API's edge: every value checked by a zod schema or refused. */
import { z } from "zod";
import { fieldsFromZod, invalidQuery } from "./errors";

/**
 * The query as `{ name: value }`. A parameter given twice is refused here, because every filter
 * takes one value and silently keeping the first or last would hide the caller's mistake.
 */
export function queryRecord(request: Request): Record<string, string> {
  const params = new URL(request.url).searchParams;
  const record: Record<string, string> = {};
  const repeated: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (name in record) repeated[name] = ["Give this parameter once."];
    record[name] = value;
  }
  if (Object.keys(repeated).length > 0) throw invalidQuery(repeated);
  return record;
}

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const result = schema.safeParse(queryRecord(request));
  if (!result.success) throw invalidQuery(fieldsFromZod(result.error));
  return result.data;
}

/** For endpoints that take no parameters: anything given is reported as unknown. */
export const noQuery = z.strictObject({});
