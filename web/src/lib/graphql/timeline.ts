/** The planning timeline's documents and their types are the contract's. */
export * from '@cjji/contract/timeline';
