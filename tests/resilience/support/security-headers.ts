/**
 * The security headers every response must carry (next.config.ts sets them), and HSTS when the
 * request reached the app over https.
 */
export const REQUIRED_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /frame-ancestors 'none'.*|.*frame-ancestors 'none'/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "x-frame-options": /^DENY$/,
};

export const HSTS = /^max-age=\d{7,}/;

/** What is missing or wrong in a response's headers; `https` asks for HSTS too. */
export function headerProblems(headers: Headers, https: boolean): string[] {
  const problems: string[] = [];
  for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
    const value = headers.get(name);
    if (value === null) problems.push(`no ${name}`);
    else if (!pattern.test(value)) problems.push(`${name}: ${value}`);
  }
  const csp = headers.get("content-security-policy") ?? "";
  if (csp && !/default-src 'self'/.test(csp)) problems.push(`CSP without default-src 'self': ${csp}`);
  const hsts = headers.get("strict-transport-security");
  if (https && !(hsts && HSTS.test(hsts))) problems.push(`no HSTS over https (${hsts ?? "none"})`);
  if (!https && hsts) problems.push("HSTS over plain http");
  return problems;
}
