// Registers the service worker over http(s) and tells the app when a new
// version is waiting. trunk inlines it and the build hook moves it into the
// app's script (no inline script under the page's policy); skipped on
// file://.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var sw;
  // A sandboxed frame without allow-same-origin throws here: no worker.
  try { sw = navigator.serviceWorker; } catch (e) { return; }
  // The app is running by then (below), so it hears the event. Only a
  // registration with an active version has an update: a first install
  // also passes through waiting, and a page of another language's build
  // (/es/ under the root's worker) has a controller while it happens.
  function announce(reg) {
    if (!reg.waiting || !reg.active || !sw.controller) return;
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
  // After the app has drawn its first screen: installing fetches every file
  // of the build again, which must not compete with the first question for
  // the network and the processor. `load` is too early: the app's loader is
  // a module whose top-level await does not hold `load` back, so installing
  // then ran beside the wasm's start (ARCHITECTURE.md, "Start-up"). This
  // script runs just before trunk's loader, in the same file, and the
  // loader sends the event once the app is running.
  window.addEventListener('TrunkApplicationStarted', register, { once: true });
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
