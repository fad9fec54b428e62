// File URIs and workspace folders. Every file URI the server stores is in one canonical spelling (the
// one Node's pathToFileURL produces), because clients and the disk walk spell the same file
// differently ("%3A" or ":", upper- or lower-case escapes) and one file must be one article.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The canonical spelling of a URI: file URIs are re-encoded, other schemes are kept as sent. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/**
 * An absolute POSIX path of plain segments: ASCII letters, digits and "._-" (Node escapes "~"), no
 * segment that starts with a dot. pathToFileURL spells such a path as "file://" and the path itself,
 * and fileURLToPath reads that back; a cold index converts every path both ways, and the URL parser
 * costs about 4 µs a call. test/unit/uris.test.ts checks the shortcut against both.
 */
const plainPath = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;
const plainFileUri = /^file:\/\/(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;
const posix = path.sep === '/';

/** The file-system path of a file URI, or null for other schemes. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  if (posix && plainFileUri.test(uri)) return uri.slice('file://'.length);
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The canonical file URI of a path. */
export function pathToUri(filePath: string): string {
  if (posix && plainPath.test(filePath)) return `file://${filePath}`;
  return pathToFileURL(filePath).href;
}

/**
 * The last segment of a URI, decoded: what messages call an article ("002_a365eef2ac63f869.txt").
 * Plain string work, because diagnostics name many articles and a full URI parse each time shows up
 * in profiles of large workspaces.
 */
export function articleName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A workspace folder as the server keeps it. */
export interface Folder {
  uri: string;
  path: string;
  name: string;
}

/** The workspace folders; answers which folder holds a file, and the file's path relative to it. */
export class WorkspaceFolders {
  private folders: Folder[] = [];

  /** Replaces the folders with those given as URIs (non-file folders are ignored). */
  set(uris: { uri: string; name?: string }[]): void {
    this.folders = [];
    for (const folder of uris) this.add(folder.uri, folder.name);
  }

  /** Adds a folder; returns it, or null when it is not a file folder or already present. */
  add(uri: string, name?: string): Folder | null {
    const folderPath = uriToPath(uri);
    if (!folderPath) return null;
    const canonical = canonicalUri(uri);
    if (this.folders.some((folder) => folder.uri === canonical)) return null;
    const folder = { uri: canonical, path: path.resolve(folderPath), name: name ?? path.basename(folderPath) };
    this.folders.push(folder);
    // The longest path first, so a nested folder wins over its parent.
    this.folders.sort((a, b) => b.path.length - a.path.length);
    return folder;
  }

  /** Removes a folder; returns it if it was present. */
  remove(uri: string): Folder | undefined {
    const canonical = canonicalUri(uri);
    const index = this.folders.findIndex((folder) => folder.uri === canonical);
    return index < 0 ? undefined : this.folders.splice(index, 1)[0];
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The innermost folder that holds a file URI. */
  folderOf(uri: string): Folder | undefined {
    const filePath = uriToPath(uri);
    if (!filePath) return undefined;
    return this.folders.find((folder) => isInside(folder.path, filePath));
  }

  /**
   * The path the globs are matched against: relative to the folder that holds the file, with "/"
   * separators; for a file outside every folder, its name alone.
   */
  relativePath(uri: string): string | null {
    const filePath = uriToPath(uri);
    if (!filePath) return null;
    const folder = this.folderOf(uri);
    const relative = folder ? path.relative(folder.path, filePath) : path.basename(filePath);
    return relative.split(path.sep).join('/');
  }
}

/** Whether a path lies inside (or is) a folder. */
export function isInside(folderPath: string, filePath: string): boolean {
  const relative = path.relative(folderPath, filePath);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
