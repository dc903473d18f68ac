/** Operations for signing in through the organisation's identity provider: the contract's. */
export * from '@cjji/contract/openid-connect';
