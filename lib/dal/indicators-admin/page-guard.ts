import "server-only";
import { forbidden, notFound } from "next/navigation";
import { isWorkflowError } from "../updates/errors";

/** For pages: a refusal from this layer becomes a real 403, a missing indicator a real 404. */
export async function orRefuse<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isWorkflowError(error) && error.code === "forbidden") forbidden();
    if (isWorkflowError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
