// The manifest's Gantt chart: one row per pad, one bar per scheduled launch (a launch takes its day).
// The table beside the chart holds the same launches for screen readers and keyboards.
(function () {
  'use strict';
  var element = document.getElementById('manifest-gantt');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(document.getElementById('gantt-data').textContent || '{}');
  var DAY = 86400000;
  var colours = { SCHEDULED: '#0b5cad', CONFIRMED: '#1a7f37', GO: '#6e40c9' };
  var bars = (data.bars || []).map(function (b) {
    var start = Date.parse(b.day + 'T00:00:00Z');
    return {
      name: b.mission,
      value: [b.row, start, start + DAY],
      url: b.url,
      net: b.net,
      status: b.statusLabel,
      pad: b.pad,
      itemStyle: { color: colours[b.status] || '#57606a' }
    };
  });
  var chart = echarts.init(element, null, { renderer: 'svg' });
  var min = data.from ? Date.parse(data.from + 'T00:00:00Z') - 20 * DAY : undefined;
  var max = data.to ? Date.parse(data.to + 'T00:00:00Z') + 20 * DAY : undefined;
  chart.setOption({
    aria: { enabled: true },
    grid: { left: 64, right: 16, top: 16, bottom: 40 },
    tooltip: {
      formatter: function (p) {
        return echarts.format.encodeHTML(p.data.name + ' · ' + p.data.pad + ' · ' + p.data.net + ' · ' + p.data.status);
      }
    },
    xAxis: { type: 'time', min: min, max: max },
    yAxis: { type: 'category', data: data.pads || [], inverse: true },
    series: [{
      name: data.label,
      type: 'custom',
      encode: { x: [1, 2], y: 0 },
      data: bars,
      renderItem: function (params, api) {
        var row = api.value(0);
        var start = api.coord([api.value(1), row]);
        var end = api.coord([api.value(2), row]);
        var height = api.size([0, 1])[1] * 0.6;
        return {
          type: 'rect',
          shape: { x: start[0] - 3, y: start[1] - height / 2, width: Math.max(end[0] - start[0], 6), height: height },
          style: api.style()
        };
      }
    }]
  });
  chart.on('click', function (p) {
    if (p.data && p.data.url) {
      window.location.href = p.data.url;
    }
  });
  window.addEventListener('resize', function () { chart.resize(); });
  window.cosmodromeGantt = { chart: chart };
  element.setAttribute('data-bar-count', String(bars.length));
  element.setAttribute('data-rendered', 'true');
})();
