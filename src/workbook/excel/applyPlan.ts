import type { WritePlan } from '../port';
import { SETTINGS_KEYS } from '../results';
import type { XlRun } from './api';
import { fixedPlanBytes, packRows, prepareBlock } from './chunks';
import type { Budget } from './payload';
import { queueBlockRows, queueLastSettings, queueRecord, queueRest, queueStructure } from './write';

/**
 * ExcelPort.write: the plan in requests under the budget, one sync each. Request order: see write.ts
 * (every failure leaves a state "remove results" restores). A module of its own so the pane's first
 * load, which only reads, does without it (ExcelPort.write loads it on demand).
 */
export async function applyWritePlan(run: XlRun, budget: Budget, plan: WritePlan, onProgress?: (fraction: number) => void): Promise<void> {
  const prepared = (plan.blocks ?? []).map(prepareBlock);
  const requests = packRows(prepared, budget.requestBytes, fixedPlanBytes(plan));
  const recordKey = SETTINGS_KEYS.results;
  await run(async (ctx) => {
    for (let k = 0; k < requests.length; k++) {
      const first = k === 0;
      const last = k === requests.length - 1;
      // Screen updating once per run: asking again on every chunk makes the window flicker between chunks.
      if (first) ctx.application.suspendScreenUpdatingUntilNextSync();
      // Calculation per request: it resumes at each sync, and every chunk changes cells formulas may read.
      ctx.application.suspendApiCalculationUntilNextSync();
      if (first) {
        queueRecord(ctx, plan, recordKey);
        queueStructure(ctx, plan, prepared);
        queueRest(ctx, plan);
      }
      for (const slice of requests[k]!) queueBlockRows(ctx, slice);
      if (last) queueLastSettings(ctx, plan, recordKey);
      await ctx.sync();
      onProgress?.((k + 1) / requests.length);
    }
  });
}
