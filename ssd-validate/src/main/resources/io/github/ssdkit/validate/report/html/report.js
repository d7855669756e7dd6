/* SSD validation report: draws each table's listed issues from the JSON beside it, a page at a
   time, and sorts and filters them. A list's JSON is read and its first page drawn only when the
   list comes near the screen (or its controls are used), so a report of 50,000 listed issues opens
   as fast as a small one. Our own code; it reads nothing outside the page. */
(function () {
  'use strict';
  var PAGE = 200;
  // data row: [severity E|W, rule, row, key, column, value, message]
  var ROW = 2;

  function distinctRules(section) {
    var anchors = {};
    section.querySelectorAll('tr[data-rule]').forEach(function (tr) {
      anchors[tr.getAttribute('data-rule')] = tr.getAttribute('data-anchor');
    });
    return anchors;
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
    return td;
  }

  function setUp(list) {
    var rows = null;
    var section = list.parentNode;
    var anchors = distinctRules(section);
    var tbody = list.querySelector('tbody');
    var status = list.querySelector('.status');
    var more = list.querySelector('button.more');
    var severity = list.querySelector('select.f-severity');
    var rule = list.querySelector('select.f-rule');
    var field = list.querySelector('select.f-field');
    var text = list.querySelector('input.f-text');
    var headers = list.querySelectorAll('thead th');
    var sortCol = -1;
    var sortDir = 1;
    var view = rows;
    var shown = 0;

    function matches(x, s, r, f, t) {
      if (s && x[0] !== s) { return false; }
      if (r && x[1] !== r) { return false; }
      if (f && x[4] !== f) { return false; }
      if (t) {
        var hay = (x[3] + '\u0001' + x[5] + '\u0001' + x[6] + '\u0001' + x[2]).toLowerCase();
        if (hay.indexOf(t) < 0) { return false; }
      }
      return true;
    }

    function compare(a, b) {
      var x = a[sortCol];
      var y = b[sortCol];
      if (sortCol === ROW) { return (x - y) * sortDir; }
      return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
    }

    function apply() {
      if (rows === null) {
        rows = JSON.parse(list.querySelector('script.data').textContent);
        list.setAttribute('data-drawn', 'true');
      }
      var s = severity.value;
      var r = rule.value;
      var f = field.value;
      var t = text.value.trim().toLowerCase();
      view = rows.filter(function (x) { return matches(x, s, r, f, t); });
      if (sortCol >= 0) { view.sort(compare); } // Array.prototype.sort is stable
      tbody.textContent = '';
      shown = 0;
      draw();
    }

    function draw() {
      var end = Math.min(view.length, shown + PAGE);
      var frag = document.createDocumentFragment();
      for (var i = shown; i < end; i++) {
        var x = view[i];
        var tr = document.createElement('tr');
        cell(tr, x[0] === 'E' ? '\u2716 error' : '\u26A0 warning', 'sev-' + x[0]);
        cell(tr, x[ROW] > 0 ? String(x[ROW]) : '', 'num');
        cell(tr, x[3]);
        cell(tr, x[4]);
        var ruleCell = cell(tr, '');
        var a = document.createElement('a');
        a.href = '#' + (anchors[x[1]] || '');
        a.textContent = x[1];
        ruleCell.appendChild(a);
        cell(tr, x[5]);
        cell(tr, x[6]);
        frag.appendChild(tr);
      }
      tbody.appendChild(frag);
      shown = end;
      more.hidden = shown >= view.length;
      status.textContent = 'Showing ' + shown.toLocaleString('en-GB') + ' of ' + view.length.toLocaleString('en-GB')
        + ' issues' + (view.length < rows.length ? ' (filtered from ' + rows.length.toLocaleString('en-GB') + ')' : '') + '.';
    }

    headers.forEach(function (th) {
      var button = th.querySelector('button');
      button.addEventListener('click', function () {
        var col = Number(button.getAttribute('data-col'));
        sortDir = col === sortCol ? -sortDir : 1;
        sortCol = col;
        headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
        apply();
      });
    });
    [severity, rule, field].forEach(function (el) { el.addEventListener('change', apply); });
    text.addEventListener('input', apply);
    more.addEventListener('click', draw);
    // drawn once, when first shown; sorting and filtering draw it too
    return function show() {
      if (rows === null) { apply(); }
    };
  }

  // A rule pack's "show only these" link sets its list's rule filter, then the link scrolls there;
  // a list not yet drawn is drawn with that filter when it comes into view.
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-filter-rule]') : null;
    var list = a ? document.getElementById(a.getAttribute('href').slice(1)) : null;
    var select = list ? list.querySelector('select.f-rule') : null;
    if (!select) { return; }
    select.value = a.getAttribute('data-filter-rule');
    select.dispatchEvent(new Event('change'));
  });

  // Every list's controls work from the start; a list is drawn when it comes within half a screen
  // of the window. The body says when the lists on screen are drawn (data-ready), which is when
  // the page is open; the others follow as they are scrolled to.
  var lists = Array.prototype.slice.call(document.querySelectorAll('.issue-list'));
  function start() {
    var shows = lists.map(setUp);
    if (!('IntersectionObserver' in window) || lists.length === 0) {
      shows.forEach(function (show) { show(); });
      document.body.setAttribute('data-ready', 'true');
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          observer.unobserve(e.target);
          shows[lists.indexOf(e.target)]();
        }
      });
      if (!document.body.hasAttribute('data-ready')) {
        document.body.setAttribute('data-ready', 'true');
        if (window.performance && performance.mark) { performance.mark('ssd-report-ready'); }
      }
    }, { rootMargin: '50% 0px' });
    lists.forEach(function (list) { observer.observe(list); });
  }
  requestAnimationFrame(function () { setTimeout(start, 0); });
}());
