// The line the start banner prints for connecting the SDK: a sample a merchant pastes, so the README's samples
// test type-checks it (strict) against the built package like every other.
export const SDK_SNIPPET = "createPayConnect({ secretKey: process.env.PAYCONNECT_SECRET_KEY!, baseUrl: process.env.PAYCONNECT_BASE_URL! })";
