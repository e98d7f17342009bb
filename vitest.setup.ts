// Property tests (fast-check) explore new inputs on every local run; in CI they replay one fixed seed, so a pull
// request cannot fail on a rare input that has nothing to do with it. Set FC_SEED to replay a reported failure.
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI ? "20261126" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
