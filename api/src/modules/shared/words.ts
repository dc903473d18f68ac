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
