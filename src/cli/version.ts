/**
 * The CLI's version. A constant rather than a read of package.json at run time: the bundle in
 * dist/cli/ has no package.json beside it, and reading one relative to the caller's working
 * folder could report some other package's version. test/cli checks it against package.json.
 */
export const VERSION = '0.1.0';
