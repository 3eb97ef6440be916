/**
 * Core types of the Klantwaarde engine. Pure data: no Office, DOM or Node types,
 * so the same engine runs in the task pane, the worksheet functions, the preview and the CLI.
 */

/** An Excel error value as the engine sees it (e.g. `{ error: '#N/A' }`). */
export interface CellError {
  readonly error: string;
}

/** One cell of a client table as handed over by an adapter. */
export type CellValue = number | string | boolean | null | undefined | Date | CellError;

export type { Message, MessageCode, MessageParams } from './messages';

export type Direction = 'higher' | 'lower';

export type CriterionScoring =
  | { readonly type: 'direct' }
  | { readonly type: 'thresholds'; readonly direction: Direction; readonly thresholds: readonly number[] }
  | { readonly type: 'quantiles'; readonly direction: Direction }
  | { readonly type: 'linear'; readonly direction: Direction; readonly lo?: number; readonly hi?: number };

export interface Criterion {
  readonly name: string;
  /** The table header this criterion reads; defaults to `name`. */
  readonly column: string;
  readonly weight: number;
  readonly scoring: CriterionScoring;
}

export type ClassificationMethod =
  | { readonly method: 'score'; readonly thresholds: readonly number[]; readonly labels: readonly string[] }
  | { readonly method: 'rank'; readonly shares: readonly number[]; readonly labels: readonly string[]; readonly preset?: 'klantenpiramide' }
  | { readonly method: 'pareto'; readonly column?: string; readonly cutoffs: readonly number[]; readonly labels: readonly string[] }
  | { readonly method: 'computed'; readonly column?: string; readonly labels: readonly string[] };

export type RuleOp = '<' | '<=' | '>' | '>=' | '=';

export interface RuleCondition {
  /** Compare a criterion's score (0..M) … */
  readonly criterion?: string;
  /** … or a raw column value. Exactly one of the two is set. */
  readonly column?: string;
  readonly op: RuleOp;
  readonly value: number | string;
}

export interface ClassRule {
  readonly when: RuleCondition;
  readonly atMost?: string;
  readonly atLeast?: string;
}

export interface OverrideColumns {
  readonly column: string;
  readonly reasonColumn?: string;
}

/** What to do when a client lacks a criterion value. */
export type MissingPolicy = 'unclassified' | 'zero';

/** A validated model with every default filled in. */
export interface ScoringModel {
  readonly version: 1;
  readonly name: string;
  readonly scaleMax: number;
  /** Revenue column header, or undefined to detect it from common headers. */
  readonly revenue?: string;
  /** Client-name column header, or undefined to detect it. */
  readonly nameColumn?: string;
  /** Column holding last year's class (year-over-year), optional; detected from common headers when absent. */
  readonly previousClassColumn?: string;
  /** Column of direct costs per client (profitability); detected ("Kosten", "Costs") when absent. */
  readonly costs?: string;
  /** Column of hours spent per client (profitability); detected ("Uren", "Hours") when absent. */
  readonly hours?: string;
  /** Cost of one hour (a number ≥ 0): with hours it gives a cost, so a margin. */
  readonly hourlyCost?: number;
  /** Column of the client's potential (client types); detected ("Potentie", "Potential") when absent. */
  readonly potential?: string;
  /** A client above this share of revenue (0..1) triggers the dependency warning; default 0.2. */
  readonly concentrationLimit?: number;
  readonly criteria: readonly Criterion[];
  readonly classification: ClassificationMethod;
  readonly rules: readonly ClassRule[];
  readonly override?: OverrideColumns;
  readonly missing: MissingPolicy;
  /** Contact plan, anchoring, capacity and growth budget; absent = the default service levels. */
  readonly plan?: ActionPlanSettings;
}

/** How a class is looked after: the attention pyramid, one level per class. */
export interface ServiceLevel {
  /** The class label this level belongs to. */
  readonly class: string;
  /** Planned contact moments per year (whole number, 0 = none planned). */
  readonly contactsPerYear: number;
  /** What happens at those moments (free text, e.g. "Ontbijtsessie, jaargesprek"). */
  readonly activities?: string;
  /** Who looks after the client when the table names no owner (e.g. "Vennoot"). */
  readonly ownerRole?: string;
  /** Hours per client per year this level costs the firm. */
  readonly hoursPerYear: number;
}

/** A relationship owner the firm plans with, and the hours per year they have for contact moments. */
export interface PlanOwner {
  readonly name: string;
  readonly hours?: number;
}

/** From class to action: service levels, anchoring and capacity (all optional in the model file). */
export interface ActionPlanSettings {
  /** Levels per class; a class without one gets the default level of its place in the pyramid. */
  readonly serviceLevels: readonly ServiceLevel[];
  /** Every planned client gets its first (anchored) appointment within this many months; default 6. */
  readonly anchorMonths: number;
  /** Hours per year the firm has for the plan; the plan warns when it needs more. */
  readonly capacityHours?: number;
  /** Known owners; a client whose owner is not in this list is flagged. */
  readonly owners?: readonly PlanOwner[];
  /** Column headers; detected from common headers when absent. */
  readonly ownerColumn?: string;
  readonly opportunityColumn?: string;
  readonly chanceColumn?: string;
}
