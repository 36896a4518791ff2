/* Digital Trade Report embed host script: resizes each report iframe to the height its chart posts
   ({ type: 'dtr:resize', id, height }). Only messages from the iframe's own window are honoured. */
(function () {
  if (window.__dtrEmbedHost) return;
  window.__dtrEmbedHost = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dtr:resize') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
