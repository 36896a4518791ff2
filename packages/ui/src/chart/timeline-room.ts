import { dodgeBlocks } from './dodge-blocks.ts';
import { timelineLabelGap, timelineLine } from './timeline-labels.ts';

/**
 * The least plot height, in px, at which a timeline's labels (blocks of `heights` px, each wanting its first line on
 * its event's time) all fit between the plot's top and bottom once dodged apart and off the threshold lines, as
 * Events.svg.svelte lays them out: times map linearly onto the plot (`domain[0]` at the top). Starts from `least` (what
 * the chart wants: its rows, or its labels stacked end to end) and grows by what runs over (a pixel at least) until
 * nothing does: the lines cost only the room they really take, not a worst case.
 */
export function timelineRoom({
  times,
  heights,
  thresholds,
  domain,
  least,
  min
}: {
  times: number[];
  heights: number[];
  thresholds: number[];
  domain: [number, number];
  least: number;
  /** The highest a label's top may stand, in the plot's coordinates (Events.svg.svelte's bound). */
  min: number;
}): number {
  let room = least;
  // Each round grows by at least a pixel, so the rounds end: a line moves down with the plot, and may push a label again.
  for (let round = 0; round < 200; round++) {
    const at = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * room;
    const max = room + timelineLine / 2;
    const tops = dodgeBlocks({
      tops: times.map((t) => at(t) - timelineLine / 2),
      heights,
      gap: timelineLabelGap,
      min,
      max,
      barriers: thresholds.map(at)
    });
    const over = Math.max(...tops.map((top, i) => top + heights[i])) - max;
    if (over <= 0) return room;
    room += Math.max(over, 1);
  }
  throw new Error(`timelineRoom: ${times.length} labels did not settle in 200 rounds (plot ${room} px)`);
}
