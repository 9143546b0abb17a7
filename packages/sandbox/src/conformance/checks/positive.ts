import type { Case } from "../case.ts";
import type { ConformanceSpec } from "../spec.ts";
export function positiveCases(_spec: ConformanceSpec, _max: number): Case[] { return []; }
