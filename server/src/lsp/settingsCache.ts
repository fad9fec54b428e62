// Settings are pulled from the client per resource (`workspace/configuration`, section "finnews") and
// cached until the client says they changed, in the manner of vscode-eslint. A client that cannot
// answer `workspace/configuration` gets the settings it pushed with `didChangeConfiguration`, or the
// defaults.

import type { Connection } from 'vscode-languageserver';
import { normalizeSettings, settingsSection, type FinnewsSettings } from '../protocol/settings';

/** Per-resource settings with a cache that `clear` empties. */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<FinnewsSettings>>();
  private pushed: unknown = undefined;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
  ) {}

  /** The settings for a resource (a folder or document URI), or the workspace's when none is given. */
  get(scopeUri?: string): Promise<FinnewsSettings> {
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.fetch(scopeUri);
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Forgets every cached value; `pushedSettings` is the `settings` of a didChangeConfiguration. */
  clear(pushedSettings?: unknown): void {
    this.cache.clear();
    if (pushedSettings !== undefined && pushedSettings !== null) {
      this.pushed = (pushedSettings as Record<string, unknown>)[settingsSection];
    }
  }

  private async fetch(scopeUri?: string): Promise<FinnewsSettings> {
    if (!this.canPull) return normalizeSettings(this.pushed);
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri, section: settingsSection });
      return normalizeSettings(raw);
    } catch (error) {
      this.connection.console.warn(`finnews: could not read settings, using the defaults: ${String(error)}`);
      return normalizeSettings(undefined);
    }
  }
}
