// A capital programme: planned versus actual cumulative spend per month (S-curve), and its milestones by planned
// and actual day (a line from planned to actual shows the slip).
(function () {
  'use strict';
  var island = document.getElementById('programme-data');
  if (!island || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(island.textContent || '{}');

  var curveElement = document.getElementById('programme-curve');
  if (curveElement) {
    var curve = echarts.init(curveElement, null, { renderer: 'svg' });
    curve.setOption({
      aria: { enabled: true },
      grid: { left: 90, right: 16, top: 32, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', name: data.currency },
      series: [
        { name: data.labels.planned, type: 'line', data: data.planned, showSymbol: false,
          lineStyle: { type: 'dashed' }, itemStyle: { color: '#0b5cad' } },
        { name: data.labels.actual, type: 'line', data: data.actual, showSymbol: false,
          itemStyle: { color: '#b3261e' } }
      ]
    });
    window.addEventListener('resize', function () { curve.resize(); });
    curveElement.setAttribute('data-rendered', 'true');
  }

  var timelineElement = document.getElementById('programme-timeline');
  if (timelineElement) {
    var names = data.milestones.map(function (m) { return m.name; });
    var planned = [];
    var actual = [];
    var slips = [];
    data.milestones.forEach(function (m, i) {
      if (m.planned) { planned.push([m.planned, i]); }
      if (m.actual) { actual.push([m.actual, i]); }
      if (m.planned && m.actual) { slips.push([[m.planned, i], [m.actual, i]]); }
    });
    var timeline = echarts.init(timelineElement, null, { renderer: 'svg' });
    timeline.setOption({
      aria: { enabled: true },
      grid: { left: 220, right: 24, top: 32, bottom: 40 },
      legend: { top: 0 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: names, inverse: true },
      series: [
        { name: data.labels.plannedDay, type: 'scatter', data: planned, symbol: 'diamond', symbolSize: 12,
          itemStyle: { color: '#0b5cad' } },
        { name: data.labels.actualDay, type: 'scatter', data: actual, symbolSize: 12,
          itemStyle: { color: '#b3261e' } },
        { type: 'lines', coordinateSystem: 'cartesian2d', data: slips.map(function (s) { return { coords: s }; }),
          lineStyle: { color: '#666', width: 2 }, silent: true }
      ]
    });
    window.addEventListener('resize', function () { timeline.resize(); });
    timelineElement.setAttribute('data-rendered', 'true');
  }
})();
