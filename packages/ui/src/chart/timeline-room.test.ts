import { expect, it } from 'vitest';
import { dodgeBlocks } from './dodge-blocks.ts';
import { timelineRoom } from './timeline-room.ts';

it('timelineRoom keeps the height the chart wants when the labels fit in it', () => {
  // Three one-line labels a year apart on 2010–2013 fit 60 px with room to spare.
  expect(
    timelineRoom({
      times: [2010, 2011, 2012],
      heights: [15, 15, 15],
      thresholds: [],
      domain: [2010, 2013],
      least: 60,
      min: -7.5
    })
  ).toBe(60);
});

it('timelineRoom grows the plot by what a threshold line pushes out of it, and no more', () => {
  // Two one-line labels, the first on a line at the top (2010): it moves 5 px under the line, the second 5 px under it,
  // so 35 px of labels need the plot to reach 27.5 px below the second label's wanted middle.
  const room = timelineRoom({
    times: [2010, 2011],
    heights: [15, 15],
    thresholds: [2010],
    domain: [2010, 2011],
    least: 30,
    min: -3.5
  });
  expect(room).toBeGreaterThan(30);
  // At that height the dodged labels end exactly at the plot's bottom bound (height + half a line), off the line.
  const tops = dodgeBlocks({
    tops: [-7.5, room - 7.5],
    heights: [15, 15],
    gap: 5,
    min: -3.5,
    max: room + 7.5,
    barriers: [0]
  });
  expect(tops[0]).toBe(5);
  expect(tops[1] + 15).toBeCloseTo(room + 7.5, 1);
  expect(room).toBeCloseTo(32.5, 1);
});
