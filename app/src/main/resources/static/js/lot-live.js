// A lot's page, live: follows the lot's server-sent events and updates the standing price, the least next bid, the
// close and the time left, adds the new standing prices to the bid history, and shows the close, without reloading.
(function () {
  'use strict';
  var page = document.getElementById('lot-live');
  if (!page || typeof EventSource === 'undefined') {
    return;
  }
  var texts = JSON.parse(document.getElementById('lot-live-texts').textContent || '{}');
  var lot = page.getAttribute('data-lot');
  var money = new Intl.NumberFormat(document.documentElement.lang || 'en',
    { style: 'currency', currency: page.getAttribute('data-currency'), maximumFractionDigits: 0 });
  var when = new Intl.DateTimeFormat(document.documentElement.lang || 'en',
    { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

  function set(id, text) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = text;
    }
    return element;
  }

  function setClose(iso) {
    var element = document.getElementById('lot-closes-at');
    if (element && iso) {
      element.setAttribute('datetime', iso);
      element.textContent = when.format(new Date(iso)) + ' UTC';
    }
  }

  function tick() {
    var element = document.getElementById('lot-closes-at');
    var left = document.getElementById('lot-time-left');
    if (!element || !left || page.getAttribute('data-status') !== 'PUBLISHED') {
      return;
    }
    var ms = new Date(element.getAttribute('datetime')).getTime() - Date.now();
    if (ms <= 0) {
      left.textContent = texts.closing;
      return;
    }
    var s = Math.floor(ms / 1000);
    var d = Math.floor(s / 86400);
    var h = Math.floor((s % 86400) / 3600);
    var m = Math.floor((s % 3600) / 60);
    var parts = [];
    if (d > 0) { parts.push(d + ' ' + texts.days); }
    if (d > 0 || h > 0) { parts.push(h + ' ' + texts.hours); }
    parts.push(m + ' ' + texts.minutes);
    parts.push((s % 60) + ' ' + texts.seconds);
    left.textContent = parts.join(' ');
  }

  function addPrice(line) {
    var table = document.getElementById('bid-history');
    if (!table) {
      return;
    }
    var body = table.tBodies[0] || table.appendChild(document.createElement('tbody'));
    var empty = document.getElementById('bid-history-empty');
    if (empty) {
      empty.hidden = true;
    }
    var row = document.createElement('tr');
    row.setAttribute('data-testid', 'bid-history-row');
    var cells = [String(line.number), texts.bidderNumber.replace('{0}', String(line.bidderNumber)),
      money.format(line.amount) + (line.automatic ? ' ' + texts.automatic : ''), when.format(new Date(line.at)) + ' UTC'];
    cells.forEach(function (text, i) {
      var cell = document.createElement('td');
      if (i === 0 || i === 2) {
        cell.className = 'num';
      }
      cell.textContent = text;
      row.appendChild(cell);
    });
    body.appendChild(row);
  }

  var source = new EventSource('/api/v1/lots/' + encodeURIComponent(lot) + '/events');
  source.addEventListener('lot.bid', function (event) {
    var data = JSON.parse(event.data);
    if (data.price > 0) {
      set('lot-price', money.format(data.price));
    }
    set('lot-next-bid', money.format(data.nextBid));
    var price = document.getElementById('lot-price');
    if (price && data.price > 0) {
      price.setAttribute('data-amount', String(data.price));
    }
    set('lot-bid-count', String(data.bids));
    setClose(data.endsAt);
    (data.prices || []).forEach(addPrice);
    page.setAttribute('data-updated', String(data.seq));
    tick();
  });
  source.addEventListener('lot.closed', function (event) {
    var data = JSON.parse(event.data);
    page.setAttribute('data-status', data.status);
    set('lot-status', texts.status[data.status] || data.status);
    set('lot-time-left', texts.ended);
    var form = document.getElementById('bid-form');
    if (form) {
      form.hidden = true;
    }
  });
  source.addEventListener('open', function () {
    page.setAttribute('data-live', 'true');
  });
  tick();
  window.setInterval(tick, 1000);
})();
