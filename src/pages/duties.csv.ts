import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { csvSafe } from '../duties/csv-cell.ts';
import { EXPORT_FIELDS } from '../duties/export-record.ts';
import { exportRecords } from '../route-data/duties.ts';

export const GET: APIRoute = async () => {
  const rows = (await exportRecords()).map((record) =>
    Object.fromEntries(EXPORT_FIELDS.map((field) => {
      const value = record[field];
      return [field, csvSafe(Array.isArray(value) ? value.join(' ') : (value ?? ''))];
    })),
  );
  return new Response(stringify(rows, { header: true, columns: EXPORT_FIELDS, bom: true }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
