// Stands in for the "server-only" package under vitest, which runs lib/ code outside React's server runtime.
export {};
