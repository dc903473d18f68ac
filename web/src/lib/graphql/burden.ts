/** The inspection burden's documents and result types are the contract's. */
export * from '@cjji/contract/burden';
