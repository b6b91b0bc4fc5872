// The graph page: entities as nodes (cytoscape.js), co-occurrence as edges; a click or Enter opens the entity.
(function () {
  var box = document.getElementById('graph');
  if (!box || typeof cytoscape === 'undefined') { return; }
  var colours = { PERSON: '#1a7f4b', ORGANIZATION: '#6f42c1', LOCATION: '#0b6e99', FACILITY: '#8a5a00',
    GROUP: '#a61e4d', NATIONALITY: '#5c6f82', EVENT_NAME: '#b35900' };
  fetch(box.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (r) { return r.json(); })
    .then(function (g) {
      var most = Math.max.apply(null, g.nodes.map(function (n) { return n.articles; }).concat([1]));
      var linked = {};
      g.links.forEach(function (l) { linked[l.from] = true; linked[l.to] = true; });
      // entities with no link to the others are in the list below the graph, not scattered around it
      var shown = g.links.length === 0 ? g.nodes : g.nodes.filter(function (n) { return linked[n.id]; });
      var elements = shown.map(function (n) {
        return { data: { id: n.id, label: n.name, type: n.type, size: 14 + 36 * Math.sqrt(n.articles / most) } };
      }).concat(g.links.map(function (l, i) {
        return { data: { id: 'l' + i, source: l.from, target: l.to, weight: l.articles } };
      }));
      var cy = cytoscape({
        container: box,
        elements: elements,
        style: [
          { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)',
            'background-color': function (n) { return colours[n.data('type')] || '#777'; },
            'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#222',
            'text-outline-color': '#fff', 'text-outline-width': 2 } },
          { selector: 'edge', style: { width: 'mapData(weight, 1, 20, 1, 6)', 'line-color': '#b8c2cc', opacity: 0.7 } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffbf47' } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, padding: 20, nodeRepulsion: 200000, idealEdgeLength: 110,
          nodeOverlap: 40, componentSpacing: 60, gravity: 0.6, numIter: 1500 },
        minZoom: 0.2, maxZoom: 4
      });
      cy.on('tap', 'node', function (e) { window.location.href = '/entity/' + encodeURIComponent(e.target.id()); });
      window.dossierGraph = cy;
      box.setAttribute('data-ready', 'true');
    });
})();
