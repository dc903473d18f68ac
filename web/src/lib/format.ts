/** Dates as GOV.UK writes them: "3 March 2027". The API sends calendar dates as YYYY-MM-DD. */
const long = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const stamp = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

const asDate = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar day is written without Intl, which is slow enough to count when the timeline
 * redraws a row's dozens of dates on a slow phone; anything else goes through Intl.
 */
export const longDate = (iso: string) => {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = day && months[Number(day[2]) - 1];
  return day && month && Number(day[3]) >= 1 && Number(day[3]) <= 31
    ? `${Number(day[3])} ${month} ${day[1]}`
    : long.format(asDate(iso));
};
export const dateRange = (start: string, end: string) =>
  start === end ? longDate(start) : `${longDate(start)} to ${longDate(end)}`;
/** "25 November 2026 at 9:05am", in UK time. */
export const whenChanged = (iso: string) =>
  stamp.format(asDate(iso)).replace(', ', ' at ').replace(' am', 'am').replace(' pm', 'pm');
