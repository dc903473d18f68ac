/**
 * A name as it reads inside a sentence: "Police forces" becomes "police forces", while
 * names that are proper nouns or acronyms ("CPS areas", "Crown Prosecution Service") stay.
 */
export function inSentence(name: string): string {
  const [first = '', ...rest] = name.split(' ');
  if (first === first.toUpperCase()) return name;
  if (rest.some((word) => /^[A-Z]/.test(word))) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "title, theme and scope statement". */
export const listOf = (items: string[]) => list.format(items);

/** Verbs whose object is one thing, which reads with an article: "record a direction". */
const takesAnArticle = new Set([
  'accept',
  'add',
  'change',
  'check',
  'correct',
  'create',
  'discard',
  'end',
  'grant',
  'move',
  'open',
  'record',
  'reschedule',
  'respond',
  'revise',
  'save',
  'update',
]);

/**
 * A mutation's name as the thing it does, in a sentence: "recordDirection" → "record a
 * direction", "addInspection" → "add an inspection", "respondToRecommendation" → "respond to
 * a recommendation", "signIn" → "sign in", "setPhaseStaffing" → "set phase staffing".
 */
export function actionWords(field: string): string {
  const [verb = '', ...rest] = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ');
  if (!takesAnArticle.has(verb) || !rest.length) return [verb, ...rest].join(' ');
  const [first, ...more] = rest[0] === 'to' ? rest.slice(1) : rest;
  if (!first) return [verb, ...rest].join(' ');
  const article = /^[aeiou]/.test(first) ? 'an' : 'a';
  return [verb, ...(rest[0] === 'to' ? ['to'] : []), article, first, ...more].join(' ');
}
