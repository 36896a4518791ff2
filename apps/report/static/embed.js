/* Digital Trade Report embed host script: resizes each report iframe to the height its chart posts
   ({ type: 'dtr:resize', id, height }). It trusts nothing else on the host page: a message counts only when it comes
   from the window of an iframe the embed code marked (data-dtr-embed) whose address is on the report's origin (the
   origin this script was loaded from), carries exactly that origin, and gives a finite number of pixels within bounds. */
(function () {
  if (window.__dtrEmbedHost) return;
  window.__dtrEmbedHost = true;
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 10000;
  var script = document.currentScript;
  var reportOrigin = script && script.src ? new URL(script.src, location.href).origin : null;

  function frameOrigin(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', location.href).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    if (!reportOrigin || event.origin !== reportOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'dtr:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    var frames = document.querySelectorAll('iframe[data-dtr-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || frameOrigin(frame) !== reportOrigin) continue;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
