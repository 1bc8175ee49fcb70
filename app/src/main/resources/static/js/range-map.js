// Map of range safety's geography: the base map (base-map.js) with every drop zone's outline (dashed where it is
// approximate), each corridor's ground line from its pad through the zones its stages fall in, drawn along great
// circles, and the pads the lines start from. The tables below the map carry the same data.
(function () {
  'use strict';
  var element = document.getElementById('range-map');
  if (!element || typeof L === 'undefined' || !window.cosmodromeBaseMap) {
    return;
  }
  var data = JSON.parse(document.getElementById('range-data').textContent || 'null');
  if (!data) {
    return;
  }
  var map = window.cosmodromeBaseMap(element, data.frame);
  var zones = L.featureGroup();
  var corridors = L.featureGroup();
  var pads = L.featureGroup();

  data.zones.forEach(function (zone) {
    var outline = L.polygon(zone.ring, {
      color: '#b3261e', weight: 2, dashArray: zone.approximate ? '6 4' : null, fillColor: '#b3261e',
      fillOpacity: 0.12, className: 'drop-zone' + (zone.approximate ? ' drop-zone-approximate' : '')
    });
    outline.bindTooltip(zone.label, { sticky: true });
    outline.zoneId = zone.id;
    zones.addLayer(outline);
  });
  data.corridors.forEach(function (corridor) {
    var line = L.polyline(corridor.path, { color: '#0b5cad', weight: 2, opacity: 0.85, className: 'corridor-line' });
    line.bindTooltip(corridor.name, { sticky: true });
    line.corridorId = corridor.id;
    corridors.addLayer(line);
  });
  data.pads.forEach(function (pad) {
    var marker = L.circleMarker([pad.latitude, pad.longitude], {
      radius: 6, color: '#1b1f24', weight: 1.5, fillColor: '#1a7f37', fillOpacity: 0.95, className: 'pad-marker'
    });
    marker.bindTooltip(pad.label, { direction: 'top', offset: [0, -6] });
    pads.addLayer(marker);
  });

  corridors.addTo(map);
  zones.addTo(map);
  pads.addTo(map);
  var bounds = zones.getBounds().extend(pads.getBounds());
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.08));
  } else {
    map.setView([50, 70], 4);
  }
  // Layers get their SVG elements once the map has a view, so tag them only now.
  function tag(group, testId, idOf) {
    group.eachLayer(function (layer) {
      var path = layer.getElement && layer.getElement();
      if (path) {
        path.setAttribute('data-testid', testId);
        if (idOf) {
          path.setAttribute('data-id', idOf(layer));
        }
      }
    });
  }
  tag(zones, 'drop-zone-outline', function (layer) { return layer.zoneId; });
  tag(corridors, 'corridor-line', function (layer) { return layer.corridorId; });
  tag(pads, 'pad-marker');

  element.setAttribute('data-zone-count', String(data.zones.length));
  element.setAttribute('data-corridor-count', String(data.corridors.length));
  window.cosmodromeRangeMap = { map: map };
})();
