// Outside a Next.js server there is no incremental cache: cached functions simply run.
export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}
export function revalidateTag(): void {}
export function revalidatePath(): void {}
