// Live progress of forecast runs: every bar of a run not yet finished polls the run's progress each second and
// updates itself and its status text; when a run finishes the page reloads to show its result.
(function () {
  'use strict';
  var bars = Array.prototype.slice.call(document.querySelectorAll('progress.forecast-progress[data-run]'))
    .filter(function (bar) { return bar.getAttribute('data-finished') !== 'true'; });
  if (bars.length === 0) {
    return;
  }
  function poll(bar) {
    var run = bar.getAttribute('data-run');
    fetch('/forecasts/runs/' + encodeURIComponent(run) + '/progress', {
      headers: { 'Accept': 'application/json' }, credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('progress ' + response.status);
      }
      return response.json();
    }).then(function (progress) {
      bar.value = progress.percent;
      bar.textContent = Math.round(progress.percent) + '';
      document.querySelectorAll('[data-run-status="' + run + '"]').forEach(function (status) {
        status.textContent = progress.statusText;
      });
      if (progress.finished) {
        bar.setAttribute('data-finished', 'true');
        window.location.reload();
      } else {
        window.setTimeout(function () { poll(bar); }, 1000);
      }
    }).catch(function () {
      window.setTimeout(function () { poll(bar); }, 5000);
    });
  }
  bars.forEach(function (bar) { window.setTimeout(function () { poll(bar); }, 1000); });
})();
