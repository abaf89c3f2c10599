import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Module boundaries. Domain modules (server/<module>/) are used through their public surface only: the
// module's index (`@/server/<module>`) plus two named entry points, the scope proofs (`@/server/identity/scope`,
// a leaf every module needs) and the demo seed (`@/server/platform/demo`, which uses every module). Modules
// never reach into the transport (server/trpc, server/routers); email infrastructure (server/email) never
// reaches into a domain module; UI reaches the server through procedures (serverApi / useTRPC).
// Tests and benchmarks may open a module's internals: they test them.
const domainModules = ["identity", "onboarding", "value", "engagement", "success", "platform", "integrations"];
const entryPoints = { identity: "scope", platform: "demo" };
// `@/server/x/...`, `../../x/...` (from a module's area) or `../server/x/...` (from scripts).
const moduleImport = (modules, rest) => `^(@/server/|(\\.\\./)+(server/)?)(${modules.join("|")})${rest}`;
const internalsOf = (modules) =>
  modules.map((name) => ({
    regex: moduleImport([name], entryPoints[name] ? `/(?!${entryPoints[name]}$).+` : "/.+"),
    message: `Import from the module's public surface ("@/server/${name}"${entryPoints[name] ? ` or "@/server/${name}/${entryPoints[name]}"` : ""}), not its internals.`,
  }));
const noDatabase = { name: "@/server/db", message: "Call a procedure (serverApi / useTRPC) instead of the database." };
const noTransport = {
  regex: "^(@/server/|(\\.\\./)+)(trpc|routers)(/|$)",
  message: "Domain modules do not depend on the transport: take proofs from server/identity/scope instead.",
};
// Proofs are minted by the procedure chain (server/trpc) alone; the demo seed and test factories stand in for it.
const mintedByTheChain = {
  regex: "(^|/)(identity/)?scope$",
  importNames: ["proveOrganization", "proveAccount", "proveUser", "proveChampion"],
  message: "Only the procedure chain mints proofs: take the proven scope as a parameter.",
};
const mintersOutsideTheChain = {
  platform: ["server/platform/demo/**"],
  integrations: ["server/integrations/api-keys/authenticate-api-key.ts", "server/integrations/api-keys/prove-api-account.ts"],
};
const restrict = (files, patterns, paths = [], ignores = []) => ({
  files,
  ignores,
  rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }] },
});

export function moduleBoundaries() {
  return [
    // Server code outside the modules (routers, jobs, trpc, auth) and scripts: public surfaces only.
    restrict(["server/**/*.ts", "server/**/*.tsx", "scripts/**/*.ts", "*.ts"], internalsOf(domainModules)),
    // A module uses other modules through their surfaces, never its own index (a cycle), never the transport.
    ...domainModules.flatMap((name) => {
      const patterns = [
        ...internalsOf(domainModules.filter((other) => other !== name)),
        { regex: `^@/server/${name}$`, message: "Inside a module, import its files directly (the index would be a cycle)." },
        noTransport,
      ];
      const files = [`server/${name}/**/*.ts`, `server/${name}/**/*.tsx`];
      // Besides the chain, the demo seed and the API-key gate (which proves a key's organization) mint proofs.
      const demo = mintersOutsideTheChain[name] ?? [];
      return [restrict(files, [...patterns, mintedByTheChain], [], demo), ...(demo.length ? [restrict(demo, patterns)] : [])];
    }),
    // Email infrastructure knows nothing of the domain: callers pass what a template needs.
    restrict(
      ["server/email/**/*.ts", "server/email/**/*.tsx"],
      [
        {
          regex: moduleImport(domainModules, "(/|$)"),
          message: "server/email is infrastructure: it must not import a domain module.",
        },
      ],
    ),
    // Routes and UI: no database; pages and layouts reach modules only through procedures. Route handlers,
    // server actions and the dev tools may use a module's public surface (entry points such as webhooks).
    restrict(
      ["app/**/*.ts", "app/**/*.tsx"],
      [
        ...internalsOf(domainModules),
        mintedByTheChain,
        {
          regex: moduleImport(domainModules, "$"),
          message: "Pages call procedures (serverApi / useTRPC); only route handlers, server actions and dev tools use modules.",
        },
      ],
      [noDatabase],
    ),
    // The API reference page renders the OpenAPI document, which holds no tenant data.
    restrict(
      ["app/**/route.ts", "app/**/actions.ts", "app/**/*-actions.ts", "app/dev/**/*.tsx", "app/docs/**/*.tsx"],
      internalsOf(domainModules),
      [noDatabase],
    ),
    // Shared UI runs in the browser too: no server code at all, apart from types (erased at build time).
    restrict(
      ["components/**/*.ts", "components/**/*.tsx"],
      [
        ...internalsOf(domainModules),
        {
          regex: "^@/server/",
          allowTypeImports: true,
          message: "Components take data from procedures; import only types from the server.",
        },
      ],
      [noDatabase],
    ),
  ];
}

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".onward/", "server/generated/", "next-env.d.ts", "bench/.data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["info", "warn", "error", "log"] }],
    },
  },
  ...moduleBoundaries(),
);
