/** The quarters an inspection's phases touch, for the capacity beside its staffing. */
export interface Quarter {
  start: string;
  label: string;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every calendar quarter from the one holding the earliest day to the one holding the latest. */
export function quartersTouched(days: readonly string[]): Quarter[] {
  if (!days.length) return [];
  const sorted = [...days].sort();
  const [firstYear, firstMonth] = sorted[0]!.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = sorted.at(-1)!.split('-').map(Number) as [number, number];
  const quarters: Quarter[] = [];
  let year = firstYear;
  let month = Math.floor((firstMonth - 1) / 3) * 3;
  while (year < lastYear || (year === lastYear && month <= lastMonth - 1)) {
    quarters.push({
      start: `${year}-${String(month + 1).padStart(2, '0')}-01`,
      label: `${months[month]} to ${months[month + 2]} ${year}`,
    });
    month += 3;
    if (month > 11) {
      month = 0;
      year += 1;
    }
  }
  return quarters;
}
