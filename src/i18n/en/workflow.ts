// English messages: workflow (same keys as ar/workflow.ts; the compiler checks them).
import type { workflow as arWorkflow } from '../ar/workflow';

export const workflow: Record<keyof typeof arWorkflow, string> = {
};
