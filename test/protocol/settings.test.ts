// The settings module shared by the server, the client and the CLI: the manifest declares exactly its
// defaults, and malformed values from a client fall back to them one by one.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { defaultSettings, flattenSettings, normalizeSettings, toConflictSettings } from '../../server/src/protocol/settings';

interface ManifestProperty {
  default: unknown;
  enum?: unknown[];
}

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, ManifestProperty> } };
};
const properties = manifest.contributes.configuration.properties;

describe('settings', () => {
  it('package.json declares every server setting with the same default', () => {
    const declared = Object.fromEntries(
      Object.entries(properties)
        // finnews.trace.server belongs to vscode-languageclient, not to the server's settings.
        .filter(([key]) => key !== 'finnews.trace.server')
        .map(([key, property]) => [key, property.default]),
    );
    assert.deepEqual(declared, flattenSettings(defaultSettings));
  });

  it('package.json offers exactly the severities the server accepts', () => {
    const severities = ['error', 'warning', 'information', 'hint', 'off'];
    assert.deepEqual(properties['finnews.conflicts.severity.samePeriodDisagreement'].enum, severities);
    assert.deepEqual(properties['finnews.conflicts.severity.valueChangedOverTime'].enum, severities);
  });

  it('keeps valid values and replaces each malformed one by its default', () => {
    const settings = normalizeSettings({
      articleGlobs: ['**/*.md', '  '],
      excludeGlobs: 'not a list',
      inlayHints: { enabled: 'yes' },
      conflicts: { tolerance: 0.05, severity: { samePeriodDisagreement: 'error', valueChangedOverTime: 'loud' } },
      companyTableFile: '',
      reviewedConflictsFile: 'review.json',
      maxFileSizeKB: -3,
    });
    assert.deepEqual(settings, {
      articleGlobs: ['**/*.md'],
      excludeGlobs: defaultSettings.excludeGlobs,
      inlayHints: { enabled: true },
      conflicts: { tolerance: 0.05, severity: { samePeriodDisagreement: 'error', valueChangedOverTime: 'warning' } },
      companyTableFile: '.finnews/companies.json',
      reviewedConflictsFile: 'review.json',
      maxFileSizeKB: 5120,
    });
    assert.deepEqual(normalizeSettings(undefined), defaultSettings);
    assert.deepEqual(normalizeSettings(null), defaultSettings);
  });

  it('gives the analysis its conflict settings keyed by rule id', () => {
    assert.deepEqual(toConflictSettings(normalizeSettings({ conflicts: { severity: { valueChangedOverTime: 'off' } } })), {
      tolerance: 0.01,
      severities: { 'same-period-disagreement': 'warning', 'value-changed-over-time': 'off' },
    });
  });
});
