import { error } from '@sveltejs/kit';
import { DOWNLOADS, download, type DownloadName } from '$lib/server/downloads';
import { editionYears } from '$lib/server/edition';
import { indexEditions } from '$lib/server/index-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// A file name keeps its extension: no trailing slash.
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
  editionYears
    .filter((y) => indexEditions.includes(y))
    .flatMap((year) => DOWNLOADS.map((file) => ({ edition: String(year), file })));

export const GET: RequestHandler = ({ params }) => {
  const year = Number(params.edition);
  if (!editionYears.includes(year) || !(DOWNLOADS as readonly string[]).includes(params.file))
    error(404, 'No such download');
  const { body, type } = download(year, params.file as DownloadName);
  return new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]), {
    headers: { 'content-type': type }
  });
};
