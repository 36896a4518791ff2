/** The error and 404 page. */
export const error = {
  title: 'This page could not be shown',
  missing: 'There is no page at this address.',
  failed: 'Its data did not load, perhaps because the connection dropped. Check the connection and reload.',
  reload: 'Reload',
  back: 'Back to the report'
};
