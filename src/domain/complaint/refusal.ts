// Kept at this path for the areas that import refusals and stamps from here; the logic lives in ../codedError.
export type { Stamp } from '../case/commands';
export { refuse, refusalOf, type Refusal } from '../codedError';
