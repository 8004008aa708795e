// "server-only" throws outside a React Server Component build; tests import the data layer directly.
export {};
