/**
 * The judicial exclusion: persons making judicial decisions or exercising judicial discretion
 * are never inspected, however the scope is worded; HMCTS's administration of the courts
 * (listing, witness and victim services, the court estate, communications, case
 * administration) may be.
 *
 * A word list let "How the Crown Court sentences offenders in rape cases" through. This check
 * reads each sentence for two things: a phrase that can only mean a judicial decision
 * ("summing up", "directions to the jury", "sentencing decisions"), or a judicial actor (a
 * judge, magistrates, the bench, a court) within a few words of a decision it makes
 * (sentences, rules, decides, grants bail, remands, convicts). What courts' staff do, and what
 * victims are told about a decision, is administration and passes.
 */

/** Phrases that name a judicial decision or its exercise whoever the sentence says makes it. */
const judicialPhrases: RegExp[] = [
  /\bjudicial\s+(decisions?|discretion|functions?|rulings?|directions?|reasoning|conduct|approach(es)?|determinations?|independence)\b/i,
  /\bjudiciary\b/i,
  /\bsumm(ing|ed|s)?[\s-]+up\b/i,
  /\bsums?\s+up\b/i,
  /\b(directions?|directing|direct(s|ed)?)\s+(given\s+)?(to\s+)?(the\s+)?jur(y|ies|ors)\b/i,
  /\bjury\s+directions?\b/i,
  /\bsentencing\s+(decisions?|practice|remarks|outcomes|levels|approach|guidelines|of)\b/i,
  /\b(length|severity|leniency|adequacy|consistency)\s+of\s+(the\s+)?sentences?\b/i,
  /\bsentences?\s+(handed\s+down|passed|imposed)\s+(by|on|for|in)\b/i,
  /\b(bail|remand|custody)\s+decisions?\b/i,
  /\bdecisions?\s+(on|about|to\s+grant|to\s+refuse)\s+(bail|remand)\b/i,
  /\b(verdicts?|convictions?|acquittals?)\s+(reached|returned|of\s+the\s+(court|jury|bench))\b/i,
  /\brulings?\s+(on|by|of|about)\b/i,
  /\b(admissibility|admit(ting)?)\s+(of\s+)?evidence\b/i,
  /\b(exercise|use)\s+of\s+(their\s+|its\s+|the\s+court'?s\s+)?discretion\b/i,
  /\bcase\s+management\s+decisions?\b/i,
];

/** Those who make judicial decisions. "Court" counts only with a decision beside it. */
const judicialActor =
  /\b(judges?|judge's|judges'|magistrates?|magistrates'|the\s+bench|benches|justices|recorders?|coroners?|jur(y|ies|ors)|courts?|court's|crown\s+court|youth\s+court|tribunals?)\b(?!\s+(staff|estate|buildings?|administration|services?|users?|listing|officers?|ushers?|clerks?|rooms?|centres?|hearings?|dates?|visits?|familiarisation))/i;

/** What they decide. Administration words (list, schedule, tell, support) are not here. */
const judicialAct =
  /\b(sentenc\w*|rul(e|es|ed|ing|ings)|decid\w*|decisions?|discretion\w*|grant(s|ed|ing)?\s+bail|refus(e|es|ed|ing)\s+bail|bail\s+(is\s+)?(granted|refused)|remand(s|ed|ing)?\b|convict\w*|acquit\w*|verdicts?|impos\w*|punish\w*|weigh\w*|adjudicat\w*|determin\w*|address(es|ed|ing)?\s+(the\s+)?jur\w*|instruct\w*\s+(the\s+)?jur\w*|tell\w*\s+(the\s+)?jur\w*|make\s+(restraining|protective|compensation)\s+orders?|award\w*)\b/i;

/** How many words apart an actor and a decision may be and still be read together. */
const window = 8;

/** The words of the text that reach judicial decision-making, or undefined if none do. */
export function judicialDecisionMention(text: string): string | undefined {
  for (const sentence of text.split(/[.;!?\n]+/)) {
    for (const phrase of judicialPhrases) {
      const found = sentence.match(phrase);
      if (found) return found[0].trim();
    }
    const words = sentence.split(/\s+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      const actor = words
        .slice(i, i + 3)
        .join(' ')
        .match(judicialActor);
      if (!actor || actor.index !== 0) continue;
      const rest = words.slice(i, i + window + 3).join(' ');
      const act = rest.slice(actor[0].length).match(judicialAct);
      if (act) return `${actor[0]} … ${act[0]}`.trim();
    }
  }
  return undefined;
}
