/** In-page scripts (function bodies) the story scenarios share; see Session.run. */

/** The story's sections and their steps, each with the chart and highlight the step names. */
export const readSections = `return [...document.querySelectorAll('section.story-section')].map(function (s) {
  return { id: s.id, steps: [...s.querySelectorAll('[data-step]')].map(function (e) {
    return { id: e.dataset.step, chart: e.dataset.stepChart, highlight: e.dataset.stepHighlight };
  }) };
});`;

/** Scrolls a step to the middle of the part of the screen a reader reads it in: on wide screens the middle of the
 * viewport, beside the sticky chart; on phones, where the chart's title and plot stick over the top of the screen and
 * the steps pass under them, the middle of what the chart leaves uncovered below it (of the band under 60 % of the
 * screen when the chart is too tall to stick). Measured twice, as the chart may only stick once the first scroll has
 * brought its section into view. */
export const scrollToStep = `var section = document.getElementById(arguments[0]);
var step = section.querySelector('[data-step="' + arguments[1] + '"]');
step.scrollIntoView({ block: 'center' });
for (var i = 0; i < 2; i++) {
  var head = section.querySelector('.graphic [data-frame-head]');
  if (!head) return;
  if (getComputedStyle(head).position !== 'sticky') {
    // A graphic too tall to stick on this phone scrolls with the text; the steps are still read in the band under
    // 60 % of the screen (Scrolly.svelte): bring the step to its middle.
    if (getComputedStyle(section.querySelector('.graphic')).display !== 'contents') return;
    var t = step.getBoundingClientRect();
    scrollBy(0, (t.top + t.bottom) / 2 - 0.775 * innerHeight);
    return;
  }
  var h = head.getBoundingClientRect();
  var s = step.getBoundingClientRect();
  if (h.right <= s.left || s.right <= h.left) return;
  scrollBy(0, (s.top + s.bottom) / 2 - (Math.max(0, h.bottom) + innerHeight) / 2);
}`;

/** What a section's graphic shows once the given step is active (null before): the chart view's attributes, whether
 * it is the interactive chart or the prerendered picture, and a hash of its SVG. */
export const readGraphic = `var g = document.querySelector('#' + arguments[0] + ' .graphic');
if (!g || g.dataset.activeStep !== arguments[1]) return null;
var view = g.querySelector('.chart-view');
var svg = g.querySelector('svg');
var text = svg ? svg.outerHTML : '';
var hash = 5381;
for (var i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
var message = g.querySelector('.slot-message');
return {
  chart: view ? view.dataset.chart : null,
  highlight: view ? view.dataset.highlight : null,
  interactive: !!view && !view.closest('[data-chart-slot]'),
  pictured: !!g.querySelector('[data-chart-slot] svg'),
  message: message ? message.textContent.trim() : null,
  retry: !!(message && message.querySelector('button')),
  svg: svg ? hash : null
};`;

/** How far the page is wider than its viewport, in CSS px (0 when it fits). */
export const readOverflow = `var d = document.documentElement;
return { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, innerWidth: innerWidth };`;

/** True once the story has hydrated and the period calculator computes in the browser (it says where). The calculator
 * loads its engine only as it comes near the viewport, so this brings it into view first. */
export const storyHydrated = `var c = document.querySelector('.calculator');
if (!c) return false;
c.scrollIntoView({ block: 'center' });
return /worker|main-thread/.test(c.getAttribute('data-computed-by') || '');`;

/** The 60 % rule of a section's graphic now (see apps/report/src/lib/story/sticky-fit.ts): whether its title and plot
 * stick on one column, their height against the screen's, and what is on top at points across the plot that are on
 * screen below the site header (null where the graphic's own). Null while a chart swap leaves the graphic without
 * a frame. */
export const readStickyFit = `var layout = document.querySelector('#' + arguments[0] + ' .scrolly-layout');
var graphic = layout.querySelector('.graphic');
var head = graphic.querySelector('[data-frame-head]');
if (!head || !head.querySelector('.chart')) return null;
var plot = head.querySelector('.chart').getBoundingClientRect();
var box = head.getBoundingClientRect();
var top = document.querySelector('header').getBoundingClientRect().bottom;
var covered = [];
[0.1, 0.5, 0.9].forEach(function (fx) { [0.1, 0.5, 0.9].forEach(function (fy) {
  var x = plot.left + plot.width * fx, y = plot.top + plot.height * fy;
  if (y < top || y > innerHeight) return;
  var hit = document.elementFromPoint(x, y);
  if (hit && !graphic.contains(hit)) covered.push(Math.round(x) + ',' + Math.round(y) + ' ' + hit.className);
}); });
return {
  oneColumn: getComputedStyle(graphic).display === 'contents',
  unstuck: layout.hasAttribute('data-unstuck'),
  position: getComputedStyle(head).position,
  height: box.height,
  innerHeight: innerHeight,
  covered: covered
};`;

/** Puts a step's top 2 px inside the lower edge of the phone's reading band (95 % of the screen, Scrolly.svelte),
 * where a reader scrolling down makes it the active step. */
export const toActivationLine = `var step = document.querySelector('#' + arguments[0] + ' [data-step="' + arguments[1] + '"]');
scrollTo({ top: scrollY + step.getBoundingClientRect().top - 0.95 * innerHeight + 2, behavior: 'instant' });`;

/** Where a section's plot is against the screen and the given step (null until that step is active and its chart
 * drawn): px of the plot on screen under the site header, the room it could have there (its height, or the space
 * from the header to the step), and how far above the step it ends. */
export const readFallback = `var section = document.getElementById(arguments[0]);
var step = section.querySelector('[data-step="' + arguments[1] + '"]');
var layout = section.querySelector('.scrolly-layout');
var graphic = layout.querySelector('.graphic');
var view = graphic.querySelector('.chart-view');
var chart = graphic.querySelector('[data-frame-head] .chart');
if (graphic.dataset.activeStep !== arguments[1] || !view || view.dataset.chart !== step.dataset.stepChart || !chart)
  return null;
var plot = chart.getBoundingClientRect();
var header = document.querySelector('header').getBoundingClientRect().bottom;
var stepTop = step.getBoundingClientRect().top;
return {
  unstuck: layout.hasAttribute('data-unstuck'),
  onScreen: Math.max(0, Math.min(plot.bottom, innerHeight) - Math.max(plot.top, header)),
  room: Math.min(plot.height, Math.min(stepTop, innerHeight) - header),
  height: plot.height,
  gap: stepTop - plot.bottom
};`;

/** Starts scrolling through a section as a reader does, in strides of arguments[1] px (down, or up when
 * negative), waiting two frames and 100 ms after each so the page reacts (a step activated, its chart swapped in, a
 * graphic too tall to stick moved above it); stops past the section's end. After each stride it notes how far the
 * active step moved on screen beyond the stride itself. The result lands in window.__dtrReaderWalk (readReaderWalk):
 * the largest such move with where it happened, the steps that became active, and the strides read with the
 * graphic too tall to stick (unstuck). Started without waiting, as a walk outlasts a WebDriver script's time limit. */
export const startReaderWalk = `var section = document.getElementById(arguments[0]), stride = arguments[1];
var frame = function () { return new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); }); };
var sleep = function (ms) { return new Promise(function (r) { setTimeout(r, ms); }); };
window.__dtrReaderWalk = null;
(async function () {
  var box = section.getBoundingClientRect();
  var from = stride > 0 ? box.top + scrollY - innerHeight : box.bottom + scrollY;
  var to = stride > 0 ? box.bottom + scrollY : box.top + scrollY - innerHeight;
  scrollTo({ top: from, behavior: 'instant' });
  await sleep(1500);
  var walk = { worst: 0, where: '', activated: 0, unstuck: 0, strides: 0 };
  var active = function () { return section.querySelectorAll('.step.active'); };
  while (stride > 0 ? scrollY < to : scrollY > to) {
    var before = new Map([].map.call(section.querySelectorAll('.step'), function (e) { return [e, e.getBoundingClientRect().top]; }));
    var was = new Set(active());
    var y = scrollY;
    scrollBy({ top: stride, behavior: 'instant' });
    if (scrollY === y) break;
    await frame();
    await sleep(100);
    walk.strides++;
    [].forEach.call(active(), function (step) {
      var top = step.getBoundingClientRect().top;
      var moved = top - before.get(step) + stride;
      // Only a step on screen is being read.
      if (top > innerHeight || top + step.offsetHeight < 0) return;
      if (!was.has(step)) walk.activated++;
      if (step.closest('.scrolly-layout').hasAttribute('data-unstuck')) walk.unstuck++;
      if (Math.abs(moved) > walk.worst) {
        walk.worst = Math.abs(moved);
        walk.where = '"' + step.dataset.step + '" moved ' + Math.round(moved) + ' px';
      }
    });
  }
  window.__dtrReaderWalk = walk;
})().catch(function (e) { window.__dtrReaderWalk = { error: String(e) }; });`;

/** The reader walk's result once it has finished (startReaderWalk), null before. */
export const readReaderWalk = `return window.__dtrReaderWalk;`;
