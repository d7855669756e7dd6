/* Search of the SSD data dictionary: our own code, over window.SSD_SEARCH from search-index.js.
   Matches every word typed, without regard to case, in an entry's name or detail. */
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  var entries = window.SSD_SEARCH || [];
  var LIMIT = 60;

  function score(e, words, whole) {
    var name = e[1].toLowerCase();
    var hay = name + ' ' + e[2].toLowerCase();
    for (var i = 0; i < words.length; i++) {
      if (hay.indexOf(words[i]) < 0) { return -1; }
    }
    if (name === whole || name.split(/[ .]/).pop() === whole) { return 0; }
    if (name.indexOf(whole) >= 0) { return 1; }
    if (e[2].toLowerCase().indexOf(whole) >= 0) { return 2; }
    return 3;
  }

  function run() {
    var whole = input.value.trim().toLowerCase();
    list.textContent = '';
    if (!whole) { status.textContent = ''; return; }
    var words = whole.split(/\s+/);
    var hits = [];
    entries.forEach(function (e, i) {
      var s = score(e, words, whole);
      if (s >= 0) { hits.push([s, i, e]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    hits.slice(0, LIMIT).forEach(function (h) {
      var e = h[2];
      var li = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = e[0];
      var a = document.createElement('a');
      a.href = e[3];
      a.textContent = e[1];
      li.appendChild(kind);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(a);
      if (e[2]) { li.appendChild(document.createTextNode(' \u2013 ' + e[2])); }
      list.appendChild(li);
    });
    status.textContent = hits.length === 0 ? 'Nothing matches.' : hits.length > LIMIT
      ? 'The first ' + LIMIT + ' of ' + hits.length + ' matches.' : hits.length + (hits.length === 1 ? ' match.' : ' matches.');
  }

  input.addEventListener('input', run);
  run();
}());
