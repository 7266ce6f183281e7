/*
 * Copyright 2026 the fpkit authors. Licensed under the Apache License, Version 2.0.
 *
 * Draws an fpkit report's charts from the page's data with Apache ECharts, and sorts its
 * tables. Every text and number comes from the data: nothing is computed here but the
 * charts' layout. Loads nothing.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('fp-report-data').textContent);
  var palette = data.palette;
  var charts = [];

  function tip(text) {
    return echarts.format.encodeHTML(String(text)).replace(/\n/g, '<br>');
  }

  function base(c, decal) {
    return {
      animation: false,
      aria: { enabled: true, decal: { show: decal } },
      title: {
        text: c.title, subtext: c.subtitle, left: 'center',
        textStyle: { fontSize: 15, color: palette.ink }, subtextStyle: { fontSize: 12, color: '#333333' }
      },
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) { return p.data && p.data.tip !== undefined ? tip(p.data.tip) : ''; }
      },
      legend: { bottom: 0, type: 'scroll', textStyle: { color: palette.ink } },
      // Room on the left for a vertical axis's name, which containLabel does not count.
      grid: { left: 40, right: 56, top: 78, bottom: 64, containLabel: true }
    };
  }

  function valueAxis(name, gap) {
    return { type: 'value', name: name, nameLocation: 'middle', nameGap: gap, nameTextStyle: { color: palette.ink } };
  }

  function bars(c) {
    var pyramid = c.layout === 'pyramid';
    var shares = c.layout === 'stacked_shares';
    var o = base(c, shares);
    var category = { type: 'category', data: c.categories, name: c.categoryAxis, nameTextStyle: { color: palette.ink } };
    var value = valueAxis(c.valueAxis, 30);
    if (shares) {
      value.max = 100;
      // The area first, at the top: its axis name goes to that end too.
      category.inverse = true;
      category.nameLocation = 'start';
    }
    if (pyramid) {
      value.axisLabel = { formatter: function (v) { return String(Math.abs(v)); } };
    }
    if (c.layout === 'grouped') {
      o.xAxis = category;
      o.yAxis = value;
      value.nameGap = 40;
      category.nameLocation = 'middle';
      category.nameGap = 28;
    } else {
      o.xAxis = value;
      o.yAxis = category;
    }
    o.series = c.series.map(function (s, k) {
      return {
        name: s.name, type: 'bar', stack: shares ? 'shares' : undefined, barGap: pyramid ? '-100%' : '10%',
        barMaxWidth: 32, itemStyle: { color: s.color },
        data: s.values.map(function (v, i) {
          return { value: v === null ? '-' : (pyramid && k === 0 ? -v : v), tip: s.tips[i] };
        })
      };
    });
    return o;
  }

  function intervals(c) {
    var o = base(c, false);
    o.legend.show = false;
    o.yAxis = { type: 'category', data: c.points.map(function (p) { return p.name; }), name: c.categoryAxis,
      nameTextStyle: { color: palette.ink } };
    o.xAxis = valueAxis(c.valueAxis, 30);
    o.xAxis.scale = true;
    var stroke = { stroke: palette.blue, lineWidth: 1.5 };
    o.series = [{
      type: 'custom', z: 1,
      renderItem: function (params, api) {
        var low = api.coord([api.value(1), api.value(0)]);
        var high = api.coord([api.value(2), api.value(0)]);
        var cap = api.size([0, 1])[1] * 0.3;
        return { type: 'group', children: [
          { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: stroke },
          { type: 'line', shape: { x1: low[0], y1: low[1] - cap / 2, x2: low[0], y2: low[1] + cap / 2 }, style: stroke },
          { type: 'line', shape: { x1: high[0], y1: high[1] - cap / 2, x2: high[0], y2: high[1] + cap / 2 }, style: stroke }
        ] };
      },
      encode: { x: [1, 2], y: 0 },
      data: c.points.map(function (p, i) { return p.low === null ? null : { value: [i, p.low, p.high], tip: p.tip }; })
        .filter(function (d) { return d !== null; })
    }, {
      type: 'scatter', z: 2, symbolSize: 10, itemStyle: { color: palette.blue },
      data: c.points.map(function (p, i) { return { value: [p.value, i], tip: p.tip }; }),
      markLine: {
        symbol: 'none', silent: true, lineStyle: { color: palette.vermillion, type: 'dashed', width: 2 },
        label: { formatter: c.referenceLabel, position: 'end', color: palette.vermillion },
        data: [{ xAxis: c.reference }]
      }
    }];
    return o;
  }

  function line(name, points, style) {
    return { type: 'line', name: name, data: points, symbol: 'none', silent: true, lineStyle: style,
      itemStyle: { color: style.color }, tooltip: { show: false } };
  }

  function funnel(c) {
    var o = base(c, false);
    o.xAxis = valueAxis(c.xAxis, 30);
    o.xAxis.scale = true;
    o.yAxis = valueAxis(c.yAxis, 40);
    o.yAxis.scale = true;
    var first = c.upper95[0][0];
    var last = c.upper95[c.upper95.length - 1][0];
    var wide = { color: palette.ink, type: 'dashed', width: 1.5 };
    var widest = { color: palette.ink, type: 'dotted', width: 1.5 };
    o.series = [
      line(c.labels.pooled, [[first, c.pooled], [last, c.pooled]], { color: palette.ink, type: 'solid', width: 2 }),
      line(c.labels.limit95, c.upper95, wide), line(c.labels.limit95, c.lower95, wide),
      line(c.labels.limit998, c.upper998, widest), line(c.labels.limit998, c.lower998, widest)
    ];
    // Shape and colour both tell where a point lies: inside, beyond the 95 % or the 99.8 % limits.
    var shapes = { inside: ['circle', palette.blue], below_95: ['triangle', palette.orange], above_95: ['triangle', palette.orange],
      below_998: ['diamond', palette.vermillion], above_998: ['diamond', palette.vermillion] };
    Object.keys(shapes).forEach(function (position) {
      var points = c.points.filter(function (p) { return p.position === position; });
      if (points.length > 0) {
        o.series.push({ type: 'scatter', name: c.labels[position], symbol: shapes[position][0], symbolSize: 11,
          itemStyle: { color: shapes[position][1] }, z: 3,
          data: points.map(function (p) { return { value: [p.n, p.value], tip: p.tip }; }) });
      }
    });
    return o;
  }

  var kinds = { bars: bars, intervals: intervals, funnel: funnel };
  document.querySelectorAll('.chart').forEach(function (element) {
    var spec = data.charts[element.getAttribute('data-chart')];
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(kinds[spec.kind](spec));
    charts.push(chart);
  });
  document.documentElement.setAttribute('data-charts', String(charts.length));

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
  // Printed, a chart takes the page's width, not the window's; browsers say so by events, by the
  // print media query, or both.
  // A width given to resize stays until 'auto' gives the container's back.
  function printing(yes) {
    charts.forEach(function (chart) { chart.resize({ width: yes ? data.printWidth : 'auto' }); });
  }
  window.addEventListener('beforeprint', function () { printing(true); });
  window.addEventListener('afterprint', function () { printing(false); });
  window.matchMedia('print').addEventListener('change', function (e) { printing(e.matches); });

  document.querySelectorAll('table.sortable').forEach(function (table) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      th.setAttribute('aria-sort', 'none');
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.classList.contains('number');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].getAttribute('data-sort');
          var y = b.cells[column].getAttribute('data-sort');
          // Undefined values sort last either way.
          if (x === '' || y === '') {
            return x === y ? 0 : (x === '' ? 1 : -1);
          }
          var d = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, data.lang);
          return ascending ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          sort();
        }
      });
    });
  });
}());
