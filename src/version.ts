// Written by `npm run release` with package.json "version" (test/package/release.test.ts checks they agree).
export const VERSION = "1.0.0";
