// `.copydesk.json` on disk, for the CLI and the language server alike: find the nearest one, read it
// (cached by path, mtime and size, so the server can ask on every document change), and merge it with
// the caller's own options into the core's AnalysisOptions.

import * as fs from 'fs';
import * as path from 'path';
import type { AnalysisOptions } from './core/analyse';
import { MAX_CONFIG_LENGTH, parseConfig, type ConfigProblem, type CopydeskConfig } from './core/config';

export const CONFIG_FILE_NAME = '.copydesk.json';

export interface LoadedConfig {
  path: string;
  config: CopydeskConfig;
  problems: ConfigProblem[];
}

/** The nearest `.copydesk.json` in `startDir` or any folder above it, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isFile(file: string): boolean {
  try {
    // No exception for a missing file: the server looks in every folder above each document on every
    // request, and a thrown ENOENT costs ~20 µs against ~2 µs.
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/** Reads and parses a config. Never throws: an unreadable file is one error problem at 1:1. */
export function loadConfigFile(file: string): LoadedConfig {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    if (stat.isDirectory()) return unreadable(file, 'is a folder, not a file');
    // Checked before reading: a runaway file must not be pulled into memory first.
    if (stat.size > MAX_CONFIG_LENGTH * 4) return unreadable(file, `is too large for a configuration (${stat.size} bytes)`);
  } catch (error) {
    cache.delete(file);
    return unreadable(file, reason(error));
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.loaded;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return unreadable(file, reason(error));
  }
  const loaded: LoadedConfig = { path: file, ...parseConfig(text) };
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, loaded });
  return loaded;
}

function unreadable(file: string, why: string): LoadedConfig {
  return {
    path: file,
    config: { rules: {} },
    problems: [{ message: `cannot read the configuration: ${why}`, offset: 0, length: 0, line: 1, column: 1, severity: 'error' }],
  };
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The config as core options, `overrides` winning (a CLI flag, an editor setting). Rules merge per id;
 * an override that is undefined, null or "" counts as not given, so an empty setting keeps the file's value.
 */
export function toAnalysisOptions(config: CopydeskConfig, overrides: AnalysisOptions = {}): AnalysisOptions {
  const rules: Record<string, NonNullable<AnalysisOptions['rules']>[string]> = { ...config.rules };
  for (const [id, setting] of Object.entries(overrides.rules ?? {})) {
    if (setting) rules[id] = setting;
  }
  return {
    format: overrides.format,
    publicationDate: overrides.publicationDate || config.publicationDate || null,
    quoteStyle: overrides.quoteStyle || config.quoteStyle,
    rules,
    ...(overrides.percentStyle || config.percentStyle ? { percentStyle: overrides.percentStyle || config.percentStyle } : {}),
    ...(config.accept ? { accept: config.accept } : {}),
    ...(config.style ? { style: config.style } : {}),
    ...(config.custom ? { custom: config.custom } : {}),
    ...(config.attribution?.cues ? { cues: config.attribution.cues } : {}),
    ...(config.attribution?.loadedVerbs ? { loadedVerbs: config.attribution.loadedVerbs } : {}),
  };
}
