/** In-page scripts (function bodies) the story scenarios share; see Session.run. */

/** The story's sections and their steps, each with the chart and highlight the step names. */
export const readSections = `return [...document.querySelectorAll('section.story-section')].map(function (s) {
  return { id: s.id, steps: [...s.querySelectorAll('[data-step]')].map(function (e) {
    return { id: e.dataset.step, chart: e.dataset.stepChart, highlight: e.dataset.stepHighlight };
  }) };
});`;

/** Scrolls a step to the middle of the viewport, as a reader does. */
export const scrollToStep = `document.querySelector('#' + arguments[0] + ' [data-step="' + arguments[1] + '"]')
  .scrollIntoView({ block: 'center' });`;

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

/** True once the story has hydrated (the period calculator says where it computes). */
export const storyHydrated = `var c = document.querySelector('.calculator');
return !!c && /worker|main-thread/.test(c.getAttribute('data-computed-by') || '');`;
