/** The version after the newest published one: 1.1 after 1.0, 1.10 after 1.9; 1.0 for a plan with none. */
export function nextVersion(published: readonly string[]): string {
  const [major, minor] = published
    .map((v) => v.split(".").map(Number) as [number, number])
    .sort((a, b) => b[0] - a[0] || b[1] - a[1])[0] ?? [1, -1];
  return `${major}.${minor + 1}`;
}
