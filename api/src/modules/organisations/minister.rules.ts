/**
 * The three ministers who may jointly direct the programme, in the order the Act names them:
 * the Secretary of State (the Home Secretary), the Lord Chancellor, the Attorney General. Every
 * list of them (the direction form, the agreements, a sentence naming who has not agreed) reads
 * in that order, not alphabetically.
 */
const actOrder = ['Home Secretary', 'Lord Chancellor', 'Attorney General'];
const placeInAct = (title: string) => {
  const at = actOrder.findIndex((office) => title.startsWith(office));
  return at < 0 ? actOrder.length : at;
};

export function inActOrder<M extends { title: string }>(ministers: readonly M[]): M[] {
  return [...ministers].sort(
    (a, b) => placeInAct(a.title) - placeInAct(b.title) || a.title.localeCompare(b.title),
  );
}
