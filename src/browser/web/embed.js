/*
 * opsfit embed: turns <div data-opsfit></div> into the quiz, in an iframe.
 *
 *   <script src="https://your.host/opsfit/embed.js" defer></script>
 *   <div data-opsfit data-id="blog" data-events="complete" data-accent="#0a7"></div>
 *
 * Attributes: data-src (the app's URL; default: where embed.js came from),
 * data-id (storage namespace, so two embeds keep separate progress),
 * data-events ("progress complete": the events with data you want),
 * data-lang (the language, such as "es"; default: the reader's own),
 * data-title (the iframe's accessible name), and theme values data-accent,
 * data-accent-fg, data-bg, data-fg, data-muted, data-surface, data-border,
 * data-focus, data-font, data-radius, data-space (checked by the app).
 *
 * Events, dispatched on the element: opsfit:ready ({refused}: parameters
 * the app refused, if any), opsfit:progress
 * ({answered, total}), opsfit:complete ({outcome, percent}), opsfit:resize
 * ({height}). The app posts only to this page's origin.
 */
(function () {
  var here = document.currentScript && document.currentScript.src;
  var THEME = ['accent', 'accent-fg', 'bg', 'fg', 'muted', 'surface', 'border', 'focus', 'font', 'radius', 'space'];

  function embed(el) {
    if (el.opsfitFrame) return el.opsfitFrame;
    var src = new URL(el.getAttribute('data-src') || (here ? new URL('./', here).href : './'), location.href);
    var params = new URLSearchParams();
    params.set('embed', el.getAttribute('data-id') || 'default');
    params.set('origin', location.origin);
    // The language, such as "es": the app's boot script picks that build.
    var lang = el.getAttribute('data-lang');
    if (lang) params.set('lang', lang);
    var events = el.getAttribute('data-events');
    if (events) params.set('events', events);
    THEME.forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value) params.set(name, value);
    });
    src.search = params.toString();
    src.hash = '#/';

    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = el.getAttribute('data-title') || 'SRE or DevOps quiz';
    frame.style.cssText = 'display:block;width:100%;height:480px;border:0;background:transparent;overflow:hidden';
    frame.setAttribute('scrolling', 'no');
    el.appendChild(frame);
    el.opsfitFrame = frame;

    window.addEventListener('message', function (event) {
      if (event.origin !== src.origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.source !== 'opsfit' || typeof data.type !== 'string') return;
      if (data.type === 'resize' && typeof data.height === 'number' && data.height > 0) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
      el.dispatchEvent(new CustomEvent('opsfit:' + data.type, { detail: data, bubbles: true }));
    });
    return frame;
  }

  function scan() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-opsfit]'), embed);
  }
  window.opsfitEmbed = embed;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
