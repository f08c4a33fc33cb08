/**
 * Requests whose very shape is broken, which Next.js would answer with a 500 before any of our
 * code runs: the proxy refuses them with a 400 first.
 */

/** An address with a broken %-escape (`/actions/%ZZ`). */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A server-action call (`Next-Action`) whose body is not what React sends: the arguments as a JSON
 * array, alone (text/plain) or as the form's root entry "0" (multipart). The body is read from a
 * clone, so the request itself can still be served.
 */
export async function isUnreadableActionCall(request: Request): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const type = request.headers.get("content-type") ?? "";
  try {
    let root: unknown;
    if (type.startsWith("text/plain")) root = await request.clone().text();
    else if (type.startsWith("multipart/form-data")) root = (await request.clone().formData()).get("0");
    else return true;
    return typeof root !== "string" || !Array.isArray(JSON.parse(root));
  } catch {
    return true;
  }
}
