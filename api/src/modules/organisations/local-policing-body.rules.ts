/** Which body held the local policing body role for a force on a given date. */
export interface PolicingBodyTerm<Body> {
  startsOn: Date | null;
  endsOn: Date | null;
  localPolicingBody: Body;
}

/**
 * The term in force on `date`: started on or before it (or with no recorded start) and not
 * yet ended. Terms never overlap for one force; if data ever made them, the latest start wins.
 */
export function termInForceOn<Body>(
  terms: ReadonlyArray<PolicingBodyTerm<Body>>,
  date: Date,
): PolicingBodyTerm<Body> | undefined {
  const day = date.getTime();
  return terms
    .filter(
      (term) =>
        (term.startsOn === null || term.startsOn.getTime() <= day) &&
        (term.endsOn === null || term.endsOn.getTime() >= day),
    )
    .sort((a, b) => (b.startsOn?.getTime() ?? -Infinity) - (a.startsOn?.getTime() ?? -Infinity))[0];
}
