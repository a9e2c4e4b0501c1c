// The `copydesk` settings of each resource, asked of the client with workspace/configuration (scopeUri),
// cached per URI and forgotten on didChangeConfiguration, as vscode-eslint does. A client that never
// answers must not stall diagnostics: after a timeout the defaults apply, and a late answer still lands.

import { DEFAULT_SETTINGS, SETTINGS_SECTION, type ClientSettings } from '../protocol';

export interface ConfigurationSource {
  getConfiguration(item: { scopeUri?: string; section?: string }): Promise<unknown>;
}

export interface SettingsStoreOptions {
  /** Null when the client does not support workspace/configuration: global settings only. */
  source: ConfigurationSource | null;
  timeoutMs: number;
  /** A late answer differed from the defaults used meanwhile: diagnostics should be refreshed. */
  onLateAnswer(uri: string): void;
  log(message: string): void;
}

export class SettingsStore {
  private readonly perUri = new Map<string, Promise<ClientSettings>>();
  /** From didChangeConfiguration's payload, for clients that push settings instead of answering requests. */
  private global: ClientSettings = DEFAULT_SETTINGS;
  /** Bumped by every clear(), so an answer to an older request does not overwrite newer settings. */
  private generation = 0;

  constructor(private readonly options: SettingsStoreOptions) {}

  get(uri: string): Promise<ClientSettings> {
    const source = this.options.source;
    if (!source) return Promise.resolve(this.global);
    const cached = this.perUri.get(uri);
    if (cached) return cached;
    const request = this.request(source, uri);
    this.perUri.set(uri, request);
    return request;
  }

  /** didChangeConfiguration: forget everything; `pushed` is its `settings` payload, if any. */
  clear(pushed?: unknown): void {
    this.generation++;
    this.perUri.clear();
    const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
    if (section !== undefined) this.global = normaliseSettings(section);
  }

  forget(uri: string): void {
    this.perUri.delete(uri);
  }

  private request(source: ConfigurationSource, uri: string): Promise<ClientSettings> {
    const generation = this.generation;
    const answer = source.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
      (value) => normaliseSettings(value),
      (error: unknown) => {
        this.options.log(`workspace/configuration failed for ${uri}: ${String(error)}; using defaults`);
        return this.global;
      },
    );
    return new Promise<ClientSettings>((resolve) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        this.options.log(`workspace/configuration did not answer within ${this.options.timeoutMs} ms for ${uri}; using defaults`);
        resolve(this.global);
      }, this.options.timeoutMs);
      void answer.then((settings) => {
        clearTimeout(timer);
        if (!timedOut) return resolve(settings);
        if (generation !== this.generation) return;
        this.perUri.set(uri, Promise.resolve(settings));
        if (JSON.stringify(settings) !== JSON.stringify(this.global)) this.options.onLateAnswer(uri);
      });
    });
  }
}

/** Whatever the client sent, as a well-typed ClientSettings: unknown or ill-typed values fall back. */
export function normaliseSettings(value: unknown): ClientSettings {
  if (!value || typeof value !== 'object') return DEFAULT_SETTINGS;
  const raw = value as Record<string, unknown>;
  const quoteStyle = raw.quoteStyle;
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    publicationDate: typeof raw.publicationDate === 'string' ? raw.publicationDate.trim() : DEFAULT_SETTINGS.publicationDate,
    quoteStyle: quoteStyle === 'curly' || quoteStyle === 'straight' || quoteStyle === 'auto' ? quoteStyle : DEFAULT_SETTINGS.quoteStyle,
    percentStyle: raw.percentStyle === '%' || raw.percentStyle === 'percent' ? raw.percentStyle : DEFAULT_SETTINGS.percentStyle,
    inlayHints: inlayHintSettings(raw.inlayHints),
    rules: raw.rules && typeof raw.rules === 'object' ? (raw.rules as Record<string, unknown>) : {},
  };
}

function inlayHintSettings(value: unknown): ClientSettings['inlayHints'] {
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { sums: raw.sums === true, relativeDates: raw.relativeDates === true };
}
