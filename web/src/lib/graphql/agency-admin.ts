/** The administrators' pages for the directory of agencies; the documents are the contract's. */
export * from '@cjji/contract/agency-admin';
