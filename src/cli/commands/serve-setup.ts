/**
 * What `coffer serve` puts together, loaded on demand (`serverFactories()`), so that the other
 * commands never load the server's TLS, JWT and X.509 code.
 */
import { BadParameterError } from '../../core/errors.js';
import type { DataDir } from '../../server/data-dir.js';
import type { AccessView, Authenticator } from '../../server/auth/authenticate.js';
import type { OidcSettings } from '../../server/auth/oidc.js';

/** GitHub Actions' OIDC issuer, the default when an audience turns OIDC on. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface AuthSettings {
  readonly audience: string | undefined;
  readonly issuer: string | undefined;
  /** An https:// URL or a local JWKS file. */
  readonly jwks: string | undefined;
  readonly adminToken: string | undefined;
}

export async function serverFactories() {
  const [{ parseListen, startServer }, { AccessFile }, auth, oidc, { vaultTokenAudience }] = await Promise.all([
    import('../../server/serve.js'), import('../../server/auth/access-file.js'), import('../../server/auth/authenticate.js'),
    import('../../server/auth/oidc.js'), import('../../server/auth/vault-token.js'),
  ]);
  const oidcSettings = (settings: AuthSettings): OidcSettings | undefined => {
    if (settings.audience === undefined) {
      if (settings.issuer !== undefined || settings.jwks !== undefined) {
        throw new BadParameterError('--oidc-issuer and --oidc-jwks need --oidc-audience: the audience your workflows ask their ID token for.');
      }
      return undefined;
    }
    const issuer = settings.issuer ?? GITHUB_ISSUER;
    const jwks = settings.jwks;
    const keys = jwks === undefined ? oidc.remoteKeySet(new URL(`${issuer.replace(/\/$/, '')}/.well-known/jwks`))
      : jwks.startsWith('https://') ? oidc.remoteKeySet(new URL(jwks)) : oidc.localKeySetFile(jwks);
    return { issuer, audience: settings.audience, keys };
  };
  const authenticatorFor = (settings: AuthSettings): ((dataDir: DataDir, access?: AccessView) => Authenticator) => {
    const oidcConfig = oidcSettings(settings);
    const adminToken = settings.adminToken;
    return (dataDir, access) => new auth.Authenticator({
      access: access ?? AccessFile.load(dataDir.paths.access, dataDir.accessMacKey),
      vaultTokens: { key: dataDir.tokenKey, audience: vaultTokenAudience(dataDir.vault.vaultId) },
      ...(adminToken === undefined || adminToken === '' ? {} : { adminToken }),
      ...(oidcConfig === undefined ? {} : { oidc: oidcConfig }),
    });
  };
  return { parseListen, startServer, authenticatorFor };
}
