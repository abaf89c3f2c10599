// The demo is its own entry point, apart from the platform index: seeding it uses every other module, and
// keeping it out of `@/server/platform` keeps that index free of cycles.
export { listDemoSignIns } from "./list-demo-sign-ins";
export { isDemoSeeded, seedDemo } from "./seed-demo";
