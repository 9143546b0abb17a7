// Kept equal to package.json "version" (checked in test/unit/package.test.ts).
export const VERSION = "1.0.0";
