/**
 * The route table's machinery: a route is a method, a path pattern and a handler. Patterns
 * are matched segment by segment on the raw path (never decoded, so `%2F` stays inside one
 * segment and reaches name validation, which refuses it). Literal segments (`restore`,
 * `versions`, `rotationpolicy`) are listed before `{name}` routes that could swallow them.
 * An optional segment (`{version?}`) may be empty, and when last, absent: the SDK asks for the
 * latest version as `GET /secrets/{name}/` (reference, rule 4) and signs with
 * `POST /keys/{name}//sign` when it has no version.
 */
import type { Vault } from '../core/vault.js';
import type { ApiVersion } from '../protocol/api-version.js';
import type { ObjectType } from '../core/model.js';
import type { Reply } from './http-io.js';
import type { RoleAdministration } from './role-admin.js';

export type Method = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

export interface RouteContext {
  /** The caller's view of the vault. */
  readonly vault: Vault;
  /** The server's role assignments, as this caller (Coffer's own routes). */
  readonly roles: RoleAdministration;
  readonly params: Readonly<Record<string, string | undefined>>;
  readonly query: URLSearchParams;
  /** The request body as JSON; `undefined` when there is none. */
  readonly body: unknown;
  /** The vault's origin as this caller reaches it: ids and nextLinks are built on it. */
  readonly origin: string;
  readonly apiVersion: ApiVersion;
  /** The request's path (no query), for nextLinks. */
  readonly path: string;
}

export interface Route {
  readonly method: Method;
  /** `/secrets/{name}/{version?}` */
  readonly pattern: string;
  /** The operation's name, for metrics and for the audit record of a request refused before the vault. */
  readonly operation: string;
  /** The largest body this route reads; by default DEFAULT_MAX_BODY. */
  readonly maxBody?: number;
  /** Coffer's own routes take no api-version (it versions the Key Vault API only). */
  readonly unversioned?: boolean;
  /** Which object an If-Match on this route is about (writes only). */
  readonly ifMatch?: { readonly type: ObjectType; readonly versioned: boolean };
  handle(ctx: RouteContext): Promise<Reply>;
}

/** Bodies of ordinary requests: a 25 KiB secret base64'd or a JWK fit many times over. */
export const DEFAULT_MAX_BODY = 256 * 1024;

interface CompiledRoute {
  readonly route: Route;
  readonly segments: readonly string[];
  readonly optionalLast: boolean;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string | undefined>;
}

export type Lookup = { readonly kind: 'match'; readonly match: RouteMatch } | { readonly kind: 'method' } | { readonly kind: 'none' };

function compile(route: Route): CompiledRoute {
  const segments = route.pattern.split('/').slice(1);
  const last = segments[segments.length - 1] ?? '';
  const optionalLast = last.endsWith('?}');
  return { route, segments, optionalLast };
}

function matchSegments(compiled: CompiledRoute, parts: readonly string[]): Record<string, string | undefined> | undefined {
  const { segments, optionalLast } = compiled;
  const absentLast = optionalLast && (parts.length === segments.length - 1 || (parts.length === segments.length && parts[parts.length - 1] === ''));
  if (parts.length !== segments.length && !absentLast) return undefined;
  const params: Record<string, string | undefined> = {};
  for (let i = 0; i < segments.length; i += 1) {
    const pattern = segments[i] ?? '';
    const part = parts[i];
    if (pattern.startsWith('{')) {
      const optional = pattern.endsWith('?}');
      const name = pattern.slice(1, optional ? -2 : -1);
      if (i === segments.length - 1 && absentLast) params[name] = undefined;
      else if (part === undefined || (part === '' && !optional)) return undefined;
      else params[name] = part === '' ? undefined : part;
    } else if (part === undefined || part.toLowerCase() !== pattern) {
      return undefined;
    }
  }
  return params;
}

export class Router {
  readonly #routes: readonly CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.#routes = routes.map(compile);
  }

  /** The first route that matches; `method` when the path exists under another method (405). */
  lookup(method: string, path: string): Lookup {
    const parts = path.split('/').slice(1);
    let pathExists = false;
    for (const compiled of this.#routes) {
      const params = matchSegments(compiled, parts);
      if (params === undefined) continue;
      if (compiled.route.method === method) return { kind: 'match', match: { route: compiled.route, params } };
      pathExists = true;
    }
    return pathExists ? { kind: 'method' } : { kind: 'none' };
  }
}

/**
 * `target` with each method call marking `state.reached`: a route that calls the vault (or the
 * role administration) leaves the audit record to it; one that fails before any call — a body
 * that does not parse, evaluated after `ctx.vault.method` is looked up but before it runs — does
 * not, and the server records it. A property read alone marks nothing. An object-valued property
 * (the vault's `certificates`) is watched the same way, so a call through it marks too.
 */
export function calls<T extends object>(target: T, state: { reached: boolean }): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (value !== null && typeof value === 'object') return calls(value, state);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        state.reached = true;
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}
