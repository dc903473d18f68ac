/**
 * The shape of one type's authorisation scopes. Each `<type>.scopes.ts` declares its scopes as
 * an interface (what a field names in `authScopes`) and returns their checks for a request; the
 * builder only combines them. A scope about a record (an inspection, a plan) looks up which
 * organisations the record belongs to and asks that type's rules (`<type>.access.ts`). A
 * malformed or unknown id passes the check when the viewer holds a role that could act on such a
 * record at all, so the resolver can answer "not found" rather than "forbidden"; so does the id
 * of a record the viewer may not see, and the resolver, which reads the record through the same
 * visibility rule, answers it exactly as a missing one.
 */
export type ScopeChecks<Scopes> = {
  [Scope in keyof Scopes]: Scopes[Scope] extends boolean
    ? boolean
    : (param: Scopes[Scope]) => boolean | Promise<boolean>;
};
