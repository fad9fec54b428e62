// The one home of finnews settings: their shape, their defaults, and how raw values from a client are
// checked. The server, the client and the CLI all import from here, so a default lives in one place.
//
// Recipe for adding a setting:
//   1. package.json `contributes.configuration`: the key, its type, default and description;
//   2. this module: the field in `FinnewsSettings`, its default, and its check in `normalizeSettings`;
//   3. the client only if it needs the value itself (the server pulls settings per resource);
//   4. the server: where the value is used, and what a change must redo (see server.ts, onSettingsChanged).
//
// This module must stay importable by the client bundle: it imports nothing at runtime.

import type { ConflictSettings, Severity } from '../analysis/model';

/** The configuration section every setting lives under. */
export const settingsSection = 'finnews';

/** A rule's severity as a user writes it; "off" silences the rule. */
export type RuleSeverity = Severity | 'off';

/** Every finnews setting, nested the way `workspace/configuration` returns the "finnews" section. */
export interface FinnewsSettings {
  /** Globs (picomatch, against the workspace-relative path) that make a file an article. */
  articleGlobs: string[];
  /** Globs that exclude a file even when it matches an article glob. */
  excludeGlobs: string[];
  inlayHints: {
    /** Show normalized values after figures and resolved ISO dates after relative dates. */
    enabled: boolean;
  };
  conflicts: {
    /** Relative difference two exact figures may have and still agree, beyond their rounding. */
    tolerance: number;
    severity: {
      samePeriodDisagreement: RuleSeverity;
      valueChangedOverTime: RuleSeverity;
    };
  };
  /** Workspace-relative path of an optional JSON file with extra companies and aliases. */
  companyTableFile: string;
  /** Workspace-relative path of the file that records reviewed (accepted) conflicts. */
  reviewedConflictsFile: string;
  /** Files larger than this are skipped with a message instead of being analysed. */
  maxFileSizeKB: number;
}

/** The defaults; package.json must declare the same values (a test can compare `flattenSettings`). */
export const defaultSettings: FinnewsSettings = {
  articleGlobs: ['**/*.news', '**/*.article', '**/*.txt'],
  excludeGlobs: ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'],
  inlayHints: { enabled: true },
  conflicts: {
    tolerance: 0.01,
    severity: { samePeriodDisagreement: 'warning', valueChangedOverTime: 'warning' },
  },
  companyTableFile: '.finnews/companies.json',
  reviewedConflictsFile: '.finnews/reviewed-conflicts.json',
  maxFileSizeKB: 5120,
};

const ruleSeverities: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * Checks raw settings from a client field by field; a missing or malformed value falls back to its
 * default, so a typo in settings.json never disables the server. Never throws.
 */
export function normalizeSettings(raw: unknown): FinnewsSettings {
  const root = asRecord(raw);
  const inlayHints = asRecord(root.inlayHints);
  const conflicts = asRecord(root.conflicts);
  const severity = asRecord(conflicts.severity);
  const defaults = defaultSettings;
  return {
    articleGlobs: stringList(root.articleGlobs, defaults.articleGlobs),
    excludeGlobs: stringList(root.excludeGlobs, defaults.excludeGlobs),
    inlayHints: { enabled: boolean(inlayHints.enabled, defaults.inlayHints.enabled) },
    conflicts: {
      tolerance: number(conflicts.tolerance, defaults.conflicts.tolerance, 0, 1),
      severity: {
        samePeriodDisagreement: ruleSeverity(
          severity.samePeriodDisagreement,
          defaults.conflicts.severity.samePeriodDisagreement,
        ),
        valueChangedOverTime: ruleSeverity(
          severity.valueChangedOverTime,
          defaults.conflicts.severity.valueChangedOverTime,
        ),
      },
    },
    companyTableFile: text(root.companyTableFile, defaults.companyTableFile),
    reviewedConflictsFile: text(root.reviewedConflictsFile, defaults.reviewedConflictsFile),
    maxFileSizeKB: number(root.maxFileSizeKB, defaults.maxFileSizeKB, 1, Number.MAX_SAFE_INTEGER),
  };
}

/** The part of the settings the analysis library's conflict rules take. */
export function toConflictSettings(settings: FinnewsSettings): ConflictSettings {
  return {
    tolerance: settings.conflicts.tolerance,
    severities: {
      'same-period-disagreement': settings.conflicts.severity.samePeriodDisagreement,
      'value-changed-over-time': settings.conflicts.severity.valueChangedOverTime,
    },
  };
}

/** The byte limit for reading one article file. */
export function maxFileBytes(settings: FinnewsSettings): number {
  return Math.floor(settings.maxFileSizeKB * 1024);
}

/**
 * The settings as dotted keys with the "finnews." prefix, e.g. `finnews.inlayHints.enabled`, the way
 * package.json declares them; used to check the manifest against the defaults.
 */
export function flattenSettings(settings: FinnewsSettings = defaultSettings): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  const walk = (value: unknown, prefix: string): void => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, `${prefix}.${key}`);
    } else {
      flat[prefix] = value;
    }
  };
  walk(settings, settingsSection);
  return flat;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return [...fallback];
  return value.map((item: string) => item.trim()).filter((item) => item.length > 0);
}

function boolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function number(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : fallback;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : fallback;
}

function ruleSeverity(value: unknown, fallback: RuleSeverity): RuleSeverity {
  return ruleSeverities.includes(value as RuleSeverity) ? (value as RuleSeverity) : fallback;
}
