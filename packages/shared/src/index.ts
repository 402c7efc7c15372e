/**
 * @yimen/shared: what the server and the web client must agree on, written once. Schemas are TypeBox (the server
 * validates with them and publishes them in /openapi.json; the web takes their `Static<>` types); tables and checks
 * are plain functions with no I/O, so both sides run the same code.
 */
export {};
