/**
 * What is in a content root, before any page is parsed: which files are
 * pages, which are included by other files, which are the navigation, the
 * counterparts file and the images; and the text of every markdown file (read
 * once: pages are processed from it, and page digests are computed from it).
 *
 * Nothing outside the content root is read: a symbolic link is followed only
 * when it leads to a file inside the root, and either way it is named in a
 * warning.
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { report } from '../markdown/messages.ts';
import { contentDirProblem } from '../utils/content-root.ts';
import { INCLUDE_TARGETS } from '../markdown/remark-includes.ts';
import { isLandingPage, landingPageMarkdown } from './landing-page.ts';

const TOC_NAME = /(^|\/)toc\.(md|ya?ml)$/i;
const SKIPPED = /(^|\/)(\.|node_modules(\/|$))/;
/** Files copied to the site beside the pages. */
export const ASSET = /\.(png|jpe?g|gif|svg|webp|avif|ico|pdf|mp4|webm)$/i;
/** A folder of include files, by Learn's convention. */
const INCLUDES_FOLDER = /(^|\/)includes\//i;

/**
 * Whether a file (by its path from the root, forward slashes) may be a page:
 * markdown, not a TOC, outside skipped folders and include folders (a file
 * included elsewhere may still not be one).
 */
export const mayBePage = (file: string) => /\.md$/i.test(file) && !TOC_NAME.test(file) && !SKIPPED.test(file) && !INCLUDES_FOLDER.test(file);

export interface ContentRoot {
  contentDir: string;
  /** Every usable file, by its path from the root, sorted. */
  files: string[];
  /** The text of every markdown and YAML file, by path. */
  texts: Map<string, string>;
  /** The markdown files that are pages (not includes, not tables of contents). */
  pages: string[];
  /** The navigation file at the root, if any. */
  toc: string | undefined;
  assets: string[];
  /** Problems with files as files (links leaving the root, text that is not UTF-8), one VFile per file. */
  problems: VFile[];
}

const ROOT_TOC_NAMES = ['TOC.md', 'toc.md', 'toc.yml', 'TOC.yml', 'toc.yaml'];

/** Lists the root's files; symbolic links are kept only when they stay inside. */
async function listUsableFiles(contentDir: string, problems: VFile[]): Promise<string[]> {
  const realRoot = await realpath(contentDir);
  const files: string[] = [];
  for (const entry of await readdir(contentDir, { recursive: true, withFileTypes: true })) {
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(contentDir, absolute).split(path.sep).join('/');
    if (SKIPPED.test(relative)) continue;
    if (entry.isSymbolicLink()) {
      const target = await realpath(absolute).catch(() => undefined);
      const inside = target !== undefined && (target + path.sep).startsWith(realRoot + path.sep);
      const isFile = target !== undefined && (await lstat(target)).isFile();
      const file = new VFile({ path: relative, cwd: contentDir });
      problems.push(file);
      if (inside && isFile) {
        files.push(relative);
        report(file, `${relative} is a symbolic link to ${path.relative(realRoot, target).split(path.sep).join('/')}; it is published as that file`, {
          rule: 'files/symlink',
          severity: 'warning',
          fix: 'replace the link with the file itself, or remove it',
          place: { line: 1, column: 1 },
        });
      } else {
        report(file, `${relative} is a symbolic link ${target === undefined ? 'that leads nowhere' : inside ? 'to a folder' : 'that leads outside the content root'}; it is left out`, {
          rule: 'files/symlink',
          severity: 'warning',
          fix: 'copy what it points at into the content root, or remove the link',
          place: { line: 1, column: 1 },
        });
      }
      continue;
    }
    if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

/** Markdown files that another file includes, resolved from the including file's folder. */
function includeTargets(texts: Map<string, string>): Set<string> {
  const targets = new Set<string>();
  for (const [file, text] of texts) {
    if (!/\.md$/i.test(file)) continue;
    for (const match of text.matchAll(INCLUDE_TARGETS)) {
      try {
        targets.add(path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURI(match[1].trim()))));
      } catch {
        // A malformed path is reported where it is written, when that file is parsed.
      }
    }
  }
  return targets;
}

const startsWithFrontMatter = (text: string) => /^\uFEFF?---\r?\n/.test(text);

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The encoding a byte order mark names, for UTF-16 files (Windows tools write them). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The file's text. UTF-16 (with its byte order mark) is read as such, with a
 * warning; other text that is not UTF-8 is an error at its first bad byte
 * (and read as well as it can be).
 */
function decode(bytes: Uint8Array, file: VFile): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    report(file, `this file is ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'} text: it is read as such, but Git, Learn and most tools expect UTF-8`, {
      rule: 'files/encoding',
      severity: 'warning',
      fix: 'save the file as UTF-8 (in VS Code: "Save with Encoding", UTF-8)',
      place: { line: 1, column: 1 },
    });
    return new TextDecoder(utf16).decode(bytes);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD'));
    const line = before.split('\n').length;
    report(file, 'this file is not UTF-8 text: its characters would show as \uFFFD', {
      rule: 'files/encoding',
      severity: 'error',
      fix: 'save the file as UTF-8 (in VS Code: "Save with Encoding", UTF-8)',
      place: { line, column: before.length - before.lastIndexOf('\n') },
    });
    return text;
  }
}

/** The files `readContentRoot` finds, without reading them (their problems are reported when it reads them). */
export async function listContentFiles(contentDir: string): Promise<string[]> {
  return contentDirProblem(contentDir) ? [] : listUsableFiles(contentDir, []);
}

/** A problem with the content root as a whole, reported on the root folder itself. */
function rootProblem(contentDir: string, reason: string, severity: 'error' | 'warning', fix: string): VFile {
  const file = new VFile({ path: '.', cwd: contentDir });
  report(file, reason, { rule: severity === 'error' ? 'content/root' : 'content/empty', severity, fix, place: { line: 1, column: 1 } });
  return file;
}

const CONTENT_DIR_FIX = 'set CONTENT_DIR to the folder that holds the markdown pages (without it, content/ in the project)';

export async function readContentRoot(contentDir: string): Promise<ContentRoot> {
  const problems: VFile[] = [];
  const unusable = contentDirProblem(contentDir);
  if (unusable) problems.push(rootProblem(contentDir, `the content folder cannot be read: ${unusable}`, 'error', CONTENT_DIR_FIX));
  const files = unusable ? [] : await listUsableFiles(contentDir, problems);
  const texts = new Map<string, string>();
  await Promise.all(
    files
      .filter((f) => /\.(md|ya?ml)$/i.test(f))
      .map(async (f) => {
        const file = new VFile({ path: f, cwd: contentDir });
        texts.set(f, decode(await readFile(path.join(contentDir, f)), file));
        if (file.messages.length > 0) problems.push(file);
      }),
  );
  // Learn's YAML landing pages are pages too, read as the markdown they stand for.
  const landingPages = new Set([...texts].filter(([f, text]) => isLandingPage(f, text)).map(([f]) => f));
  for (const f of landingPages) {
    const file = new VFile({ path: f, cwd: contentDir });
    texts.set(f, landingPageMarkdown(texts.get(f)!, file));
    if (file.messages.length > 0) problems.push(file);
  }
  const included = includeTargets(texts);
  const pages = files.filter((f) => {
    if (landingPages.has(f)) return true;
    if (!mayBePage(f)) return false;
    // Nor is a file included elsewhere that has no front matter.
    return !(included.has(f) && !startsWithFrontMatter(texts.get(f) ?? ''));
  });
  if (!unusable && pages.length === 0) problems.push(rootProblem(contentDir, 'the content folder has no pages: the site would be empty', 'warning', `add markdown pages, or ${CONTENT_DIR_FIX}`));
  return {
    contentDir,
    files,
    texts,
    pages,
    toc: ROOT_TOC_NAMES.find((name) => texts.has(name)),
    assets: files.filter((f) => ASSET.test(f)),
    problems,
  };
}
