// The outlet page: claims per month by class of source, as stacked bars (d3).
(function () {
  var box = document.getElementById('outlet-chart');
  if (!box || typeof d3 === 'undefined') { return; }
  function classOf(kind) {
    if (kind === 'ANONYMOUS_SOURCE' || kind === 'UNNAMED_OUTLET') { return 'ANONYMOUS'; }
    if (kind === 'HEDGE') { return 'HEDGED'; }
    if (kind === 'AUTHOR') { return 'AUTHOR'; }
    return 'NAMED';
  }
  // The months from the first to the last, a month without claims as an empty bar: a gap in
  // the reporting shows as a gap, not as two distant months side by side.
  function everyMonth(rows) {
    var byMonth = {};
    rows.forEach(function (r) { byMonth[r.month] = r; });
    var months = Object.keys(byMonth).sort();
    var first = months[0].split('-').map(Number), last = months[months.length - 1].split('-').map(Number);
    var out = [];
    for (var y = first[0], m = first[1]; y < last[0] || (y === last[0] && m <= last[1]); m === 12 ? (y++, m = 1) : m++) {
      var key = y + '-' + (m < 10 ? '0' : '') + m;
      out.push(byMonth[key] || { month: key, NAMED: 0, ANONYMOUS: 0, HEDGED: 0, AUTHOR: 0 });
      if (out.length > 1200) { break; } // a century of months is enough for a chart
    }
    return out;
  }
  fetch(box.getAttribute('data-src'), { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (s) {
    var rows = s.rows.filter(function (r) { return r.month; }).map(function (r) {
      var out = { month: r.month, NAMED: 0, ANONYMOUS: 0, HEDGED: 0, AUTHOR: 0 };
      Object.keys(r.byKind).forEach(function (k) { out[classOf(k)] += r.byKind[k]; });
      return out;
    });
    if (rows.length === 0) { return; }
    rows = everyMonth(rows);
    var keys = ['NAMED', 'ANONYMOUS', 'HEDGED', 'AUTHOR'];
    var w = 600, h = 240, m = { t: 10, r: 10, b: 30, l: 36 };
    var svg = d3.select(box).append('svg').attr('viewBox', '0 0 ' + w + ' ' + h).attr('aria-hidden', 'true');
    var x = d3.scaleBand().domain(rows.map(function (r) { return r.month; })).range([m.l, w - m.r]).padding(0.15);
    var y = d3.scaleLinear().domain([0, d3.max(rows, function (r) { return keys.reduce(function (a, k) { return a + r[k]; }, 0); })])
      .nice().range([h - m.b, m.t]);
    var stacked = d3.stack().keys(keys)(rows);
    svg.append('g').selectAll('g').data(stacked).join('g').attr('class', function (d) { return 'src-' + d.key; })
      .selectAll('rect').data(function (d) { return d; }).join('rect')
      .attr('class', function () { return this.parentNode.getAttribute('class'); })
      .attr('x', function (d) { return x(d.data.month); }).attr('width', x.bandwidth())
      .attr('y', function (d) { return y(d[1]); }).attr('height', function (d) { return y(d[0]) - y(d[1]); });
    var every = Math.max(1, Math.ceil(rows.length / 8));
    svg.append('g').attr('transform', 'translate(0,' + (h - m.b) + ')')
      .call(d3.axisBottom(x).tickValues(x.domain().filter(function (d, i) { return i % every === 0; })));
    svg.append('g').attr('transform', 'translate(' + m.l + ',0)').call(d3.axisLeft(y).ticks(5));
  });
})();
