import { ClockTypeRegistry } from './clock-registry.js';
import { CLOCK_CATALOG } from './clock-catalog.js';
import type { ClockTypeDefinition } from './clocks.js';

/** The process-wide registry, preloaded with the shipped catalog; other modules add theirs at start. */
export const clockTypes = new ClockTypeRegistry(CLOCK_CATALOG);

export function registerClockType(def: ClockTypeDefinition): void {
  clockTypes.register(def);
}
