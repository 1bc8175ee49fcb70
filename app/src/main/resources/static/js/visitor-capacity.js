// The operator's visitor places: for each upcoming launch, a bar per viewing point stacked by confirmed, held awaiting
// a pass, waitlisted and free places.
(function () {
  'use strict';
  var island = document.getElementById('visitor-capacity-data');
  if (!island || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(island.textContent || '{}');
  var names = document.getElementById('visitor-capacity-series');
  var colours = { confirmed: '#2a7f3f', held: '#f2c14e', waitlisted: '#d1495b', free: '#b8c4d0' };
  (data.launches || []).forEach(function (launch, index) {
    var element = document.getElementById('capacity-chart-' + index);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 48, right: 16, top: 40, bottom: 70 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: launch.labels, axisLabel: { rotate: 20, fontSize: 10 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(launch.series).map(function (key) {
        return { name: (names && names.getAttribute('data-' + key)) || key, type: 'bar', stack: 'places',
          data: launch.series[key], itemStyle: { color: colours[key] } };
      })
    });
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
