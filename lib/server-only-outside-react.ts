// Stands in for the `server-only` package in the bundle of Slipway's own server
// (server.ts, see scripts/build-server.sh). That package throws outside a React
// server bundle; the custom server is server code by construction, and the modules it
// shares with the routes keep the real guard in Next's bundles.
export {};
