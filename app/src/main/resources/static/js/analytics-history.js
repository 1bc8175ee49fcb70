// Launch statistics: launches per year from 1957 (the sources' counts and the manifest's recorded launches side by
// side; a year without a sourced count is a gap, never a zero), incidents per year by kind, success rate per year,
// NET slips by cause, launches by pad and by vehicle family. The data comes from the page's JSON island.
(function () {
  'use strict';
  var island = document.getElementById('history-data');
  if (!island || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(island.textContent || '{}');
  var labels = data.labels || {};
  window.cosmodromeCharts = window.cosmodromeCharts || {};

  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    option.aria = { enabled: true };
    option.tooltip = option.tooltip || { trigger: 'axis' };
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    window.cosmodromeCharts[id] = chart;
    element.setAttribute('data-rendered', 'true');
  }

  var years = data.years.map(String);
  draw('history-per-year', {
    grid: { left: 48, right: 16, top: 40, bottom: 48 },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      formatter: function (items) {
        var lines = [items[0].axisValue];
        items.forEach(function (item) {
          var value = item.value === null || item.value === undefined ? labels.notInSources : item.value;
          lines.push(item.marker + item.seriesName + ': ' + value);
        });
        return lines.join('<br>');
      }
    },
    xAxis: { type: 'category', data: years, axisLabel: { interval: 'auto' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.sourced, type: 'bar', data: data.sourced, itemStyle: { color: '#0b5cad' } },
      { name: labels.recorded, type: 'bar', data: data.recorded, itemStyle: { color: '#1a7f37' } }
    ]
  });

  draw('history-incidents', {
    grid: { left: 48, right: 16, top: 40, bottom: 48 },
    legend: { top: 0 },
    xAxis: { type: 'category', data: data.incidentYears.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.incidents.map(function (s) {
      return { name: s.name, type: 'bar', stack: 'incidents', data: s.values };
    })
  });

  draw('history-success', {
    grid: { left: 48, right: 16, top: 24, bottom: 40 },
    xAxis: { type: 'category', data: data.successYears },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: [{ name: labels.successRate, type: 'line', data: data.successPercent, itemStyle: { color: '#1a7f37' } }]
  });

  draw('history-slips', {
    grid: { left: 160, right: 24, top: 40, bottom: 32 },
    legend: { top: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.causes, inverse: true },
    series: [
      { name: labels.slips, type: 'bar', data: data.slips, itemStyle: { color: '#b3261e' } },
      { name: labels.slipDays, type: 'bar', data: data.slipDays, itemStyle: { color: '#8a6d00' } }
    ]
  });

  draw('history-pads', {
    grid: [{ left: 80, right: '55%', top: 24, bottom: 32 }, { left: '60%', right: 16, top: 24, bottom: 32 }],
    xAxis: [{ type: 'value', gridIndex: 0, minInterval: 1 }, { type: 'value', gridIndex: 1, minInterval: 1 }],
    yAxis: [{ type: 'category', gridIndex: 0, data: data.pads, inverse: true },
      { type: 'category', gridIndex: 1, data: data.families, inverse: true }],
    series: [
      { name: labels.launches, type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: data.padLaunches,
        itemStyle: { color: '#0b5cad' } },
      { name: labels.launches, type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: data.familyLaunches,
        itemStyle: { color: '#1a7f37' } }
    ]
  });
})();
