// govuk-frontend ships JavaScript without type declarations; these are the parts the layout uses.
declare module 'govuk-frontend' {
  type ComponentClass = new (root: Element, config?: unknown) => unknown;
  export const ServiceNavigation: ComponentClass;
  export const SkipLink: ComponentClass;
  export const ErrorSummary: ComponentClass;
  export function createAll(
    component: ComponentClass,
    config?: unknown,
    scope?: Element,
  ): unknown[];
}
