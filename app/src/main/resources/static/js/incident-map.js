// Map of incidents and contamination samples: the base map (base-map.js) with a marker for every incident that has a
// place (linking to its page) and one for every sample. The tables on the page carry the same data, and the places
// of the data set's incidents are approximate, as their descriptions say.
(function () {
  'use strict';
  var element = document.getElementById('incident-map');
  if (!element || typeof L === 'undefined' || !window.cosmodromeBaseMap) {
    return;
  }
  var data = JSON.parse(document.getElementById('incident-data').textContent || 'null');
  if (!data) {
    return;
  }
  var map = window.cosmodromeBaseMap(element, data.frame);
  var incidents = L.featureGroup();
  var samples = L.featureGroup();

  data.incidents.forEach(function (incident) {
    var marker = L.circleMarker([incident.latitude, incident.longitude], {
      radius: 8, color: '#1b1f24', weight: 1.5, fillColor: '#b3261e', fillOpacity: 0.9, className: 'incident-marker'
    });
    marker.bindTooltip(incident.label, { direction: 'top', offset: [0, -8] });
    marker.on('click', function () { window.location.href = incident.href; });
    marker.incidentId = incident.id;
    incidents.addLayer(marker);
  });
  data.samples.forEach(function (sample) {
    var marker = L.circleMarker([sample.latitude, sample.longitude], {
      radius: 5, color: '#1b1f24', weight: 1, fillColor: '#e65100', fillOpacity: 0.95, className: 'sample-marker'
    });
    marker.bindTooltip(sample.label, { direction: 'bottom', offset: [0, 6] });
    samples.addLayer(marker);
  });

  incidents.addTo(map);
  samples.addTo(map);
  var bounds = incidents.getBounds().extend(samples.getBounds());
  if (bounds.isValid()) {
    map.fitBounds(bounds.pad(0.3), { maxZoom: 9 });
  } else {
    map.setView([47, 66], 5);
  }
  function tag(group, testId) {
    group.eachLayer(function (layer) {
      var path = layer.getElement && layer.getElement();
      if (path) {
        path.setAttribute('data-testid', testId);
      }
    });
  }
  tag(incidents, 'incident-marker');
  tag(samples, 'sample-marker');
  element.setAttribute('data-incident-count', String(data.incidents.length));
  element.setAttribute('data-sample-count', String(data.samples.length));
})();
