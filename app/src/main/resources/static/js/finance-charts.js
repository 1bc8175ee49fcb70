// The books' charts: arrears stacked by ageing bucket per party, and a statement's balance over time.
(function () {
  'use strict';
  var island = document.getElementById('finance-data');
  if (!island || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(island.textContent || '{}');
  var arrears = document.getElementById('arrears-chart');
  if (arrears && data.series) {
    var chart = echarts.init(arrears, null, { renderer: 'svg' });
    var colours = { '0-30': '#f2c14e', '31-90': '#f78154', '91-365': '#d1495b', '365+': '#7a1f2b' };
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 90, right: 16, top: 32, bottom: 90 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: 30, fontSize: 10 } },
      yAxis: { type: 'value' },
      series: Object.keys(data.series).map(function (bucket) {
        return { name: bucket, type: 'bar', stack: 'overdue', data: data.series[bucket],
          itemStyle: { color: colours[bucket] } };
      })
    });
    arrears.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  (data.statements || []).forEach(function (statement, index) {
    var element = document.getElementById('statement-chart-' + index);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 110, right: 16, top: 16, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: statement.currency },
      series: [{ type: 'line', step: 'end', showSymbol: false, data: statement.points,
        areaStyle: { opacity: 0.15 }, itemStyle: { color: '#0b5cad' } }]
    });
    element.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
