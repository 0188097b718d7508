/*
 * The map beside the directory's search results. The list is the page: this only draws its places on a
 * Leaflet map for those who can see it (the map is aria-hidden and has nothing to focus; keyboard and
 * screen-reader users have the list, which says the same). Without script, or without a tile server,
 * the map's box stays hidden.
 */
(function () {
    "use strict";
    function show() {
        var box = document.getElementById("directory-map");
        if (!box || typeof L === "undefined") {
            return;
        }
        var places;
        try {
            places = JSON.parse(box.getAttribute("data-places") || "[]");
        } catch (e) {
            return;
        }
        if (!places.length) {
            return;
        }
        box.hidden = false;
        var map = L.map(box, {
            keyboard: false, zoomControl: false, attributionControl: false, scrollWheelZoom: false
        });
        L.tileLayer(box.getAttribute("data-tiles"), {maxZoom: 18}).addTo(map);
        var bounds = [];
        places.forEach(function (p) {
            var marker = L.circleMarker([p.lat, p.lon], {radius: 8, weight: 2, color: "#0b0c0c", fillColor: "#1d70b8", fillOpacity: 0.9});
            marker.bindTooltip(p.name);
            marker.on("click", function () { window.location.href = p.href; });
            marker.addTo(map);
            bounds.push([p.lat, p.lon]);
        });
        map.fitBounds(bounds, {padding: [24, 24], maxZoom: 15});
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", show);
    } else {
        show();
    }
})();
