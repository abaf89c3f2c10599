// Finds the route for a method and path in the route table; path templates use {name} segments.
import type { RouteDefinition } from "./define-route";
import { routes } from "./route-table";

type Compiled = { route: RouteDefinition; pattern: RegExp; names: string[] };

const compiled: Compiled[] = routes.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_all, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
});

export type RouteMatch =
  | { kind: "route"; route: RouteDefinition; params: Record<string, string> }
  | { kind: "method"; allowed: string[] }
  | { kind: "none" };

export function matchRoute(method: string, path: string): RouteMatch {
  const allowed: string[] = [];
  for (const { route, pattern, names } of compiled) {
    const found = pattern.exec(path);
    if (!found) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
    } catch {
      return { kind: "none" };
    }
    return { kind: "route", route, params };
  }
  return allowed.length ? { kind: "method", allowed } : { kind: "none" };
}
