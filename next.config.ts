import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run build` also writes .next/standalone: server.js with only the files the server needs, which
  // is what the container image runs (see Dockerfile and scripts/prepare-standalone.ts).
  output: "standalone",
  // Loaded from node_modules at run time: they carry wasm files the bundler should not touch.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@prisma/schema-engine-wasm"],
};

export default nextConfig;
