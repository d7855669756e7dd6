// Accessibility basics of the open page, run by the browser tests; returns a list of problems.
// Headings in order, tables with headers, labelled controls and charts, text contrast (WCAG AA).
var problems = [];
var headings = Array.prototype.slice.call(document.querySelectorAll('h1, h2, h3, h4, h5, h6'));
if (headings.length === 0 || headings[0].tagName !== 'H1') {
  problems.push('the first heading is not an h1');
}
if (document.querySelectorAll('h1').length !== 1) {
  problems.push('expected one h1, found ' + document.querySelectorAll('h1').length);
}
for (var i = 1; i < headings.length; i++) {
  var prev = Number(headings[i - 1].tagName.substring(1));
  var level = Number(headings[i].tagName.substring(1));
  if (level > prev + 1) {
    problems.push('heading skips a level: h' + prev + ' then h' + level + ' "' + headings[i].textContent.trim() + '"');
  }
}
if (!document.documentElement.getAttribute('lang')) {
  problems.push('the page has no language');
}
if (!document.title) {
  problems.push('the page has no title');
}
document.querySelectorAll('table').forEach(function (t) {
  if (t.querySelectorAll('th').length === 0) {
    problems.push('a table without header cells: ' + (t.id || t.className));
  }
  if (!t.querySelector('caption') && !t.getAttribute('aria-label')) {
    problems.push('a table without a caption: ' + (t.id || t.className));
  }
});
document.querySelectorAll('select, input, textarea').forEach(function (c) {
  if (!c.closest('label') && !c.getAttribute('aria-label') && !(c.id && document.querySelector('label[for="' + c.id + '"]'))) {
    problems.push('a form control without a label: ' + c.outerHTML.substring(0, 80));
  }
});
document.querySelectorAll('svg[role="img"]').forEach(function (s) {
  if (!s.getAttribute('aria-label') && !s.querySelector('title')) {
    problems.push('a chart without a text alternative');
  }
});

function rgba(text) {
  var m = /rgba?\(([^)]*)\)/.exec(text || '');
  if (!m) { return null; }
  var p = m[1].split(',').map(function (x) { return parseFloat(x); });
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function luminance(c) {
  function ch(v) { v = v / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
}
function background(el) {
  for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
    var c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.5) { return c; }
  }
  return { r: 255, g: 255, b: 255, a: 1 };
}
var checked = 0;
var seen = 0;
var all = document.body.querySelectorAll('*');
for (var k = 0; k < all.length && seen < 3000; k++) {
  var el = all[k];
  var own = false;
  for (var n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && n.textContent.trim()) { own = true; break; }
  }
  if (!own || el.closest('script, style, title, noscript')) { continue; }
  var style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) { continue; }
  seen++;
  var svg = el instanceof SVGElement;
  var fg = rgba(svg ? style.fill : style.color);
  if (!fg) { continue; }
  var bg = background(svg ? el.ownerSVGElement || el : el);
  var l1 = luminance(fg);
  var l2 = luminance(bg);
  var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  var size = parseFloat(style.fontSize);
  var large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  checked++;
  if (ratio < (large ? 3 : 4.5)) {
    problems.push('contrast ' + ratio.toFixed(2) + ':1 for "' + el.textContent.trim().substring(0, 40) + '"');
  }
}
if (checked === 0) {
  problems.push('no text was checked for contrast');
}
return problems;
