/**
 * The two halves of the site. The public half is what anyone may read without signing in, and
 * its navigation leads nowhere else; the other half is where the inspectorates, agencies and
 * ministers' offices do their work.
 */
export interface Section {
  href: string;
  text: string;
}

export const publicServiceName = 'Check how agencies treat victims';
export const staffServiceName = 'Plan and track joint inspections';

export const publicSections: readonly Section[] = [
  { href: '/programme', text: 'Programme' },
  { href: '/ratings', text: 'Ratings' },
  { href: '/published-plans', text: 'Action plans' },
  { href: '/recommendations', text: 'Recommendations' },
  { href: '/agencies', text: 'Agencies' },
  { href: '/open-data', text: 'Open data' },
];

export const staffSections: readonly Section[] = [
  { href: '/my-work', text: 'My work' },
  { href: '/plan', text: 'Plan' },
  { href: '/rate', text: 'Ratings' },
  { href: '/act', text: 'Action plans' },
  { href: '/track', text: 'Deadlines' },
  { href: '/', text: 'Public site' },
];

export const isWithin = (path: string, href: string) =>
  path === href || path.startsWith(`${href}/`);

/** The home page and every public section; anything else is the inspectorates' side. */
export const isPublicPath = (path: string) =>
  path === '/' || publicSections.some((section) => isWithin(path, section.href));
