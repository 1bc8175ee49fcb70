// Map of one range-safety analysis: the base map (base-map.js) with the corridor's drop zones (dashed), the nominal
// ground track from the pad, and per stage its sampled impact points (one colour per stage, on a canvas: there can be
// thousands), its 1, 2 and 3σ dispersion ellipses and its mean impact, fitted to the footprint. The element tells
// tests what it drew: data-impact-count, data-ellipse-count, data-zone-count and data-rendered="true".
(function () {
  'use strict';
  var element = document.getElementById('analysis-map');
  if (!element || typeof L === 'undefined' || !window.cosmodromeBaseMap) {
    return;
  }
  var data = JSON.parse(document.getElementById('analysis-data').textContent || 'null');
  if (!data) {
    return;
  }
  var map = window.cosmodromeBaseMap(element, data.frame);
  var canvas = L.canvas({ padding: 0.2 });
  var zones = L.featureGroup();
  var footprint = L.featureGroup();
  var track = L.featureGroup();
  var impactCount = 0;
  var ellipseCount = 0;

  data.zones.forEach(function (zone) {
    var outline = L.polygon(zone.ring, {
      color: '#b3261e', weight: 2, dashArray: '6 4', fillColor: '#b3261e', fillOpacity: 0.08,
      className: 'drop-zone'
    });
    outline.bindTooltip(zone.label, { sticky: true });
    zones.addLayer(outline);
  });
  if (data.track.length > 1) {
    track.addLayer(L.polyline(data.track, { color: '#0b5cad', weight: 2, opacity: 0.85, className: 'ground-track' })
      .bindTooltip(data.trackLabel, { sticky: true }));
  }
  if (data.pad) {
    track.addLayer(L.circleMarker([data.pad.latitude, data.pad.longitude], {
      radius: 6, color: '#1b1f24', weight: 1.5, fillColor: '#1a7f37', fillOpacity: 0.95, className: 'pad-marker'
    }).bindTooltip(data.pad.label, { direction: 'top', offset: [0, -6] }));
  }
  data.stages.forEach(function (stage) {
    stage.impacts.forEach(function (impact) {
      footprint.addLayer(L.circleMarker(impact, {
        renderer: canvas, radius: 1.5, stroke: false, fillColor: stage.colour, fillOpacity: 0.55, interactive: false
      }));
      impactCount++;
    });
    stage.ellipses.forEach(function (ellipse) {
      footprint.addLayer(L.polygon(ellipse.ring, {
        color: stage.colour, weight: ellipse.sigmas === 3 ? 2 : 1.5, opacity: 0.95, fill: false,
        dashArray: ellipse.sigmas === 1 ? null : (ellipse.sigmas === 2 ? '4 3' : '8 4'),
        className: 'dispersion-ellipse'
      }).bindTooltip(ellipse.label, { sticky: true }));
      ellipseCount++;
    });
    footprint.addLayer(L.circleMarker(stage.mean, {
      radius: 5, color: '#1b1f24', weight: 2, fillColor: stage.colour, fillOpacity: 1, className: 'mean-impact'
    }).bindTooltip(stage.meanLabel, { direction: 'top', offset: [0, -5] }));
  });

  zones.addTo(map);
  track.addTo(map);
  footprint.addTo(map);
  var bounds = footprint.getBounds();
  if (zones.getLayers().length) {
    bounds = bounds.isValid() ? bounds.extend(zones.getBounds()) : zones.getBounds();
  }
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.1));
  } else {
    map.setView([48, 66], 5);
  }
  // SVG layers get their elements once the map has a view, so tag them only now.
  function tag(group, className, testId) {
    group.eachLayer(function (layer) {
      var path = layer.getElement && layer.getElement();
      if (path && path.classList.contains(className)) {
        path.setAttribute('data-testid', testId);
      }
    });
  }
  tag(zones, 'drop-zone', 'drop-zone-outline');
  tag(footprint, 'dispersion-ellipse', 'dispersion-ellipse');
  tag(footprint, 'mean-impact', 'mean-impact');
  tag(track, 'ground-track', 'ground-track');
  element.setAttribute('data-impact-count', String(impactCount));
  element.setAttribute('data-ellipse-count', String(ellipseCount));
  element.setAttribute('data-zone-count', String(data.zones.length));
  element.setAttribute('data-rendered', 'true');
  window.cosmodromeAnalysisMap = { map: map };
})();
