// Launches per year as a bar chart; years without a verified count are shown as labelled gaps.
(function () {
  'use strict';
  var element = document.getElementById('launch-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(document.getElementById('chart-data').textContent || '{}');
  var chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: function (value) { return value == null ? data.unknownLabel : String(value); }
    },
    xAxis: { type: 'category', data: data.years.map(String), axisTick: { alignWithLabel: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{
      name: data.title,
      type: 'bar',
      data: data.launches,
      itemStyle: { color: '#0b5cad' },
      label: { show: true, position: 'top', formatter: function (p) { return p.value == null ? '' : p.value; } }
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
  element.setAttribute('data-rendered', 'true');
})();
