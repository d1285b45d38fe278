/**
 * The offline bundle's name: the site's name as a slug, "offline" and the
 * date it was built, e.g. `roles-and-responsibilities-offline-2026-11-24`.
 * It names both the zip and the folder inside it.
 */
import { slug } from 'github-slugger';

export function bundleName(siteName: string, date: Date): string {
  return `${slug(siteName) || 'site'}-offline-${date.toISOString().slice(0, 10)}`;
}

/** The PDF's name: the site's name as a slug and the date, e.g. `roles-and-responsibilities-2026-11-24.pdf`. */
export function pdfName(siteName: string, date: Date): string {
  return `${slug(siteName) || 'site'}-${date.toISOString().slice(0, 10)}.pdf`;
}
