import { Forbidden } from "@/components/forbidden";

/** Rendered with HTTP 403 whenever a page calls `forbidden()` (the data access layer refused). */
export default function ForbiddenPage() {
  return (
    <Forbidden message="Your account does not allow this. Agency staff write updates only for actions their agency leads or contributes to; approvers review their own agency's updates; TEC monitors publish." />
  );
}
