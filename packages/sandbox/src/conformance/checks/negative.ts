import type { Case } from "../case.ts";
import type { ConformanceSpec } from "../spec.ts";
export function negativeCases(_spec: ConformanceSpec): Case[] { return []; }
