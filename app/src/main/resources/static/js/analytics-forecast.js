// A forecast run's charts: a fan of demand (P10-P90 band and median) against the median flown and the ceiling, and
// the mean unflown launches per year stacked by the resource that bound them. The data island holds one entry per
// run shown, keyed by the suffix of its chart elements' ids (forecast-fan-<key>, forecast-binding-<key>).
(function () {
  'use strict';
  var island = document.getElementById('forecast-data');
  if (!island || typeof echarts === 'undefined') {
    return;
  }
  var runs = JSON.parse(island.textContent || '{}');
  var palette = ['#b3261e', '#0b5cad', '#e65100', '#5e35b1', '#00796b', '#6d4c41', '#c2185b', '#455a64'];
  var keys = Object.keys(runs);

  // Runs shown side by side share their axes' ranges and a colour per resource, so that equal bars look equal.
  var resources = [];
  var fanMax = 0;
  var bindingMax = 0;
  keys.forEach(function (key) {
    var data = runs[key];
    data.resources.forEach(function (r) {
      if (resources.indexOf(r) < 0) {
        resources.push(r);
      }
    });
    data.years.forEach(function (year, i) {
      fanMax = Math.max(fanMax, data.demandP90[i], data.demandMedian[i], data.flownMedian[i], data.ceiling[i]);
      var stacked = 0;
      data.resources.forEach(function (r) { stacked += data.unflownMean[r][i]; });
      bindingMax = Math.max(bindingMax, stacked);
    });
  });
  resources.sort();
  var shared = keys.length > 1;

  function colour(resource) {
    return palette[resources.indexOf(resource) % palette.length];
  }

  function roundedUp(value) {
    if (value <= 0) {
      return 1;
    }
    var step = Math.pow(10, Math.floor(Math.log10(value)));
    return Math.ceil(value / step) * step;
  }

  function fan(element, data) {
    var spread = data.demandP90.map(function (high, i) { return high - data.demandP10[i]; });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 56, right: 16, top: 56, bottom: 40 },
      legend: { top: 0, data: [data.labels.demandBand, data.labels.demandMedian, data.labels.flownMedian,
        data.labels.ceiling] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.years, name: data.labels.year, nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', name: data.labels.launches, nameTextStyle: { align: 'left' },
        max: shared ? roundedUp(fanMax) : null },
      series: [
        { name: 'p10', type: 'line', data: data.demandP10, stack: 'band', lineStyle: { opacity: 0 },
          symbol: 'none', silent: true, tooltip: { show: false } },
        { name: data.labels.demandBand, type: 'line', data: spread, stack: 'band', lineStyle: { opacity: 0 },
          symbol: 'none', areaStyle: { color: 'rgba(11, 92, 173, 0.2)' }, itemStyle: { color: 'rgba(11, 92, 173, 0.4)' } },
        { name: data.labels.demandMedian, type: 'line', data: data.demandMedian, itemStyle: { color: '#0b5cad' } },
        { name: data.labels.flownMedian, type: 'line', data: data.flownMedian, itemStyle: { color: '#00796b' } },
        { name: data.labels.ceiling, type: 'line', data: data.ceiling, step: 'middle', symbol: 'none',
          lineStyle: { type: 'dashed', width: 2 }, itemStyle: { color: '#b3261e' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-rendered', 'true');
  }

  function binding(element, data) {
    var series = data.resources.map(function (key) {
      return { name: data.resourceLabels[key], type: 'bar', stack: 'unflown', data: data.unflownMean[key],
        itemStyle: { color: colour(key) } };
    });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 56, right: 16, top: 56, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.years, name: data.labels.year, nameLocation: 'middle', nameGap: 26 },
      yAxis: { type: 'value', name: data.labels.unflownMean, nameTextStyle: { align: 'left' },
        max: shared ? roundedUp(bindingMax) : null },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-rendered', 'true');
  }

  keys.forEach(function (key) {
    var fanElement = document.getElementById('forecast-fan-' + key);
    if (fanElement) {
      fan(fanElement, runs[key]);
    }
    var bindingElement = document.getElementById('forecast-binding-' + key);
    if (bindingElement) {
      binding(bindingElement, runs[key]);
    }
  });
})();
