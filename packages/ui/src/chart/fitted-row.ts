/**
 * Height of one row of a chart whose height is its rows (bars, a beeswarm's groups), given the room a short screen
 * leaves the drawing (plot-room.ts): the natural row height, or flatter so that `fixed` (legend, axis, notes) and all
 * `rows` fit `room`, but never below `min` (what the row's marks and labels need to stay whole). Without a room, the
 * natural height: prerendered and desktop layouts are unchanged.
 */
export function fittedRow({
  row,
  rows,
  fixed,
  room,
  min
}: {
  row: number;
  rows: number;
  fixed: number;
  room?: number;
  min: number;
}): number {
  if (room === undefined || rows === 0) return row;
  return Math.min(row, Math.max(min, Math.floor(((room - fixed) / rows) * 10) / 10));
}
