/** The selection every mutation asks for, so that its errors come back in a form's terms. */
export const mutationErrors = `__typename ... on Error { message } ... on InputError { issues { field message } } ... on ConflictError { field }`;
