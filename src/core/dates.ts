/** Dates as configs and manifests write them. */

/** `YYYY-MM-DD`, or an ISO 8601 date-time (a missing zone is read as UTC). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$';

/** `YYYY-MM-DD` is midnight UTC; a date-time without a zone is read as UTC too, so runs are reproducible. */
export function parseConfigDate(text: string): Date | undefined {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
  }
  const hasZone = /([Zz]|[+-]\d{2}:\d{2})$/.test(text);
  const date = new Date(hasZone ? text : text + 'Z');
  return Number.isNaN(date.getTime()) ? undefined : date;
}
