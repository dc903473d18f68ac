/**
 * Which inspectorate answers for which agency: each inspects some kinds of agency (HMICFRS the
 * police forces, HMI Prisons the prisons, and so on). A plan is reviewed, and an escalation
 * raised, only by an inspectorate that inspects the agency's kind.
 */
export interface RemitParties {
  agency: { name: string; kindCode: string } | null;
  inspectorate: { shortName: string; inspects: string[] } | null;
  /** The kind's plural name in a sentence, e.g. "police forces". */
  kindName: string;
}

/** Why the inspectorate may not act for the agency, or null if it may. */
export function remitProblem({ agency, inspectorate, kindName }: RemitParties): string | null {
  if (!agency || !inspectorate) return null; // unknown ids are reported as such elsewhere
  return inspectorate.inspects.includes(agency.kindCode)
    ? null
    : `${inspectorate.shortName} does not inspect ${kindName}: choose an inspectorate that inspects ${agency.name}.`;
}
