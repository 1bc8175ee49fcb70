// Map of the cosmodrome: the base map (base-map.js) with the lease area and one circle marker per pad, coloured
// by status. The table beside the map carries the same data.
(function () {
  'use strict';
  var element = document.getElementById('pad-map');
  if (!element || typeof L === 'undefined' || !window.cosmodromeBaseMap) {
    return;
  }
  var pads = JSON.parse(document.getElementById('pad-data').textContent || '[]');
  var frame = JSON.parse(document.getElementById('map-frame').textContent || 'null');
  var colours = {
    ACTIVE: '#1a7f37', IDLE: '#8a6100', UNDER_CONVERSION: '#6e40c9', UNDER_REPAIR: '#bc4c00',
    MOTHBALLED: '#57606a', DECOMMISSIONED: '#8c959f', DESTROYED: '#cf222e', MUSEUM: '#0969da'
  };

  var map = window.cosmodromeBaseMap(element, frame);

  // Lease area drawn as a polygon approximating an ellipse around the reference point.
  function ellipse(centre, eastKm, northKm) {
    var points = [];
    var kmPerDegreeLat = 111.32;
    var kmPerDegreeLon = 111.32 * Math.cos(centre[0] * Math.PI / 180);
    for (var i = 0; i < 72; i++) {
      var angle = 2 * Math.PI * i / 72;
      points.push([centre[0] + northKm * Math.sin(angle) / kmPerDegreeLat,
                   centre[1] + eastKm * Math.cos(angle) / kmPerDegreeLon]);
    }
    return points;
  }

  var markers = L.featureGroup();
  pads.forEach(function (pad) {
    var marker = L.circleMarker([pad.latitude, pad.longitude], {
      radius: 7, color: '#1b1f24', weight: 1.5, fillColor: colours[pad.status] || '#999', fillOpacity: 0.9,
      className: 'pad-marker pad-status-' + pad.status.toLowerCase()
    });
    var popup = document.createElement('div');
    var title = document.createElement('a');
    title.href = pad.url;
    title.textContent = pad.designation;
    title.style.fontWeight = '700';
    var name = document.createElement('div');
    name.textContent = pad.popularName ? pad.name + ' (' + pad.popularName + ')' : pad.name;
    var status = document.createElement('div');
    status.textContent = pad.statusLabel;
    popup.appendChild(title);
    popup.appendChild(name);
    popup.appendChild(status);
    marker.bindPopup(popup);
    marker.bindTooltip(pad.designation, { direction: 'top', offset: [0, -6] });
    markers.addLayer(marker);
  });

  var lease = null;
  if (frame) {
    lease = L.polygon(ellipse([frame.latitude, frame.longitude], frame.leaseSemiAxisEastKm,
        frame.leaseSemiAxisNorthKm), {
      color: '#0b5cad', weight: 1.5, dashArray: '6 4', fill: true, fillOpacity: 0.05, interactive: false,
      className: 'lease-area'
    }).addTo(map);
    lease.bindTooltip(frame.leaseLabel);
  }
  markers.addTo(map);

  var bounds = lease ? lease.getBounds() : markers.getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.15));
  } else {
    map.setView([45.965, 63.305], 9);
  }
  // Layers get their SVG elements once the map has a view, so tag them only now.
  markers.eachLayer(function (marker) {
    var path = marker.getElement && marker.getElement();
    if (path) {
      path.setAttribute('data-testid', 'pad-marker');
    }
  });

  element.setAttribute('data-pad-count', String(pads.length));
  window.cosmodromeMap = { map: map, padCount: pads.length };
})();
