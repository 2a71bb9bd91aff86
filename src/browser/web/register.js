// Registers the service worker over http(s) and tells the app when a new
// version is waiting. trunk inlines it and the build hook moves it to a file
// of its own (no inline script under the page's policy); skipped on file://.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var sw = navigator.serviceWorker;
  // The event is for an app already running; the flag is for one that
  // mounts later (the wasm may still be loading when a waiting worker is
  // found), which reads it once.
  function announce(reg) {
    if (!reg.waiting || !sw.controller) return;
    window.opsfitUpdateReady = true;
    window.dispatchEvent(new CustomEvent('opsfit-update'));
  }
  function watch(reg, next) {
    if (next) next.addEventListener('statechange', function () {
      if (next.state === 'installed') announce(reg);
    });
  }
  function register() {
    sw.register('./sw.js').then(function (reg) {
      announce(reg);
      // The navigation may have started an update already, whose
      // `updatefound` fired before this listener existed.
      watch(reg, reg.installing);
      reg.addEventListener('updatefound', function () { watch(reg, reg.installing); });
    }).catch(function () { /* Blocked (private mode, sandbox): the app works without it. */ });
  }
  // After the page has loaded: installing fetches every file of the build
  // again, which must not compete with the first question for the network
  // and the main thread.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
  window.opsfitApplyUpdate = function () {
    sw.getRegistration().then(function (reg) {
      if (reg && reg.waiting) {
        sw.addEventListener('controllerchange', function () { location.reload(); });
        reg.waiting.postMessage('opsfit-skip-waiting');
      } else {
        location.reload();
      }
    });
  };
})();
