// The base every console map starts from: a Leaflet map with zoom buttons titled in the page's language, the
// outlines' attribution, and the offline country outlines (no tile server is reachable) drawn below every other
// layer once the map has a view. The outlines come from the element's data-outlines address; the element says
// whether they loaded in data-outlines-loaded. frame gives the texts: { attribution, zoomIn, zoomOut }.
window.cosmodromeBaseMap = function (element, frame) {
  'use strict';
  var map = L.map(element, { zoomSnap: 0.25, keyboard: true, attributionControl: true, zoomControl: false });
  L.control.zoom({
    zoomInTitle: frame ? frame.zoomIn : '+',
    zoomOutTitle: frame ? frame.zoomOut : '-'
  }).addTo(map);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(frame ? frame.attribution : 'Natural Earth');

  var outlines = element.getAttribute('data-outlines');
  if (outlines && window.fetch) {
    map.whenReady(function () {
      fetch(outlines).then(function (response) { return response.json(); }).then(function (geojson) {
        var countries = L.geoJSON(geojson, {
          style: function (feature) {
            var home = feature.properties && feature.properties.name === 'Kazakhstan';
            return { color: '#5b6670', weight: 1, fillColor: home ? '#f4f1e1' : '#e3e6dc', fillOpacity: 1 };
          },
          interactive: false
        });
        countries.addTo(map);
        countries.bringToBack();
        element.setAttribute('data-outlines-loaded', 'true');
      }).catch(function () {
        element.setAttribute('data-outlines-loaded', 'false');
      });
    });
  }
  return map;
};
