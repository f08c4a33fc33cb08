const longDate = new Intl.DateTimeFormat("en-NZ", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-NZ", { month: "long", year: "numeric", timeZone: "UTC" });

/** "27 September 2023" from an ISO calendar date. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "September 2023" from an ISO calendar date. */
export function formatMonth(isoDate: string): string {
  return monthYear.format(new Date(`${isoDate}T00:00:00Z`));
}

const dateTime = new Intl.DateTimeFormat("en-NZ", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "Pacific/Auckland",
  timeZoneName: "short",
});

/** "22 November 2026, 2:05 pm NZDT" from an ISO instant, in New Zealand time. */
export function formatDateTime(isoInstant: string): string {
  return dateTime.format(new Date(isoInstant));
}
