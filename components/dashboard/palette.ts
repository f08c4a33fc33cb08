/** Chart fills for the status categories: the one status palette (lib/status/palette.ts). */
export { STATUS_COLOURS as CATEGORY_FILL } from "@/lib/status/palette";
