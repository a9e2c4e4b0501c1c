// `.copydesk.json` for the editor: the nearest one in a file's folder or above (file: URIs only), read
// again whenever its mtime or size changes, so the server stays right even without a file watcher.
// Problems in a file are reported once per version of it.

import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, type LoadedConfig } from '../configFile';

export type { LoadedConfig } from '../configFile';
export type { ConfigProblem } from '../core/config';

export interface ConfigFilesOptions {
  /** A file was (re)read: publish its problems (possibly none, to clear old ones). */
  onLoaded(configPath: string, loaded: LoadedConfig, text: string): void;
  /** A file that was read before is gone: clear what was published for it. */
  onGone(configPath: string): void;
}

interface Entry {
  stamp: string;
  loaded: LoadedConfig;
}

export class ConfigFiles {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: ConfigFilesOptions) {}

  /** The config that applies to a document, or null (untitled, virtual, or no file above it). */
  forUri(uri: string): LoadedConfig | null {
    const filePath = filePathOf(uri);
    if (!filePath) return null;
    const configPath = findConfigFile(path.dirname(filePath));
    return configPath ? this.load(configPath) : null;
  }

  /** Watched-file events: re-stat every known file now, so problems of deleted files are cleared. */
  recheck(): void {
    for (const configPath of [...this.entries.keys()]) {
      if (stampOf(configPath) === null) {
        this.entries.delete(configPath);
        this.options.onGone(configPath);
      } else {
        this.load(configPath);
      }
    }
  }

  private load(configPath: string): LoadedConfig | null {
    const stamp = stampOf(configPath);
    if (stamp === null) return null;
    const cached = this.entries.get(configPath);
    if (cached && cached.stamp === stamp) return cached.loaded;
    const loaded = loadConfigFile(configPath);
    this.entries.set(configPath, { stamp, loaded });
    let text = '';
    try {
      text = fs.readFileSync(configPath, 'utf8');
    } catch {
      // Unreadable now: its problems are positioned by line/column alone.
    }
    this.options.onLoaded(configPath, loaded, text);
    return loaded;
  }
}

/** A `.copydesk.json`, by its URI (any scheme: an unsaved one is still configuration, not prose). */
export function isConfigUri(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME);
}

export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function stampOf(filePath: string): string | null {
  try {
    const stat = fs.statSync(filePath, { throwIfNoEntry: false });
    return stat?.isFile() ? `${stat.mtimeMs}:${stat.size}` : null;
  } catch {
    return null;
  }
}
