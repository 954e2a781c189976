/* whatson: the family finder answers in the phone.
   Progressive enhancement: without this script /<lang>/finder/ is a list of
   areas leading to pre-made answers. With it, the hidden <form id="finder">
   is shown; the page loads its language's finder/index.json once (before
   anything is typed) and every answer is made from it here. The typed
   postcode is never sent: the box has no name, the form is never submitted,
   and no address is built from it. No libraries, no inline code. */
(function () {
  "use strict";
  var form = document.getElementById("finder");
  if (!form || !window.fetch || !window.JSON) return;
  var answer = document.getElementById("finder-answer");
  var heading = document.getElementById("finder-answer-heading");
  var note = document.getElementById("finder-note");
  var list = document.getElementById("finder-results");
  var more = document.getElementById("finder-more");
  var postcode = document.getElementById("fd-postcode");
  var areaSelect = document.getElementById("fd-area");
  var ageSelect = document.getElementById("fd-age");
  var index = null;
  var SHOWN = 30;

  function text(name) { return form.getAttribute("data-" + name) || ""; }

  /* A message with {name} places filled: strings become text, nodes stay
     nodes (area names go in a <bdi> so they read right in any direction). */
  function fill(template, values) {
    var out = document.createDocumentFragment();
    template.split(/(\{[a-z]+\})/).forEach(function (part) {
      var m = /^\{([a-z]+)\}$/.exec(part);
      var v = m ? values[m[1]] : part;
      if (v === undefined) v = part;
      out.appendChild(typeof v === "string" ? document.createTextNode(v) : v);
    });
    return out;
  }

  function bdi(name) {
    var b = document.createElement("bdi");
    b.setAttribute("translate", "no");
    b.textContent = name;
    return b;
  }

  /* The area number a postcode is in, -1 outside every area, or a string
     saying what is wrong ("bad", "unsure"). Sectors (SW9 0) before
     districts (SW9). */
  function areaOf(typed) {
    var s = typed.toUpperCase().replace(/[^A-Z0-9]/g, "");
    var outward = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
    var whole = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9])[A-Z]{2}$/.exec(s);
    var wanted;
    if (whole) wanted = [whole[1] + " " + whole[2], whole[1]];
    else if (outward.test(s)) wanted = [s];
    else return "bad";
    for (var w = 0; w < wanted.length; w++) {
      for (var i = 0; i < index.areas.length; i++) {
        if (index.areas[i][2].indexOf(wanted[w]) >= 0) return i;
      }
    }
    if (!whole) {
      /* Only the first half, and the areas split it into sectors. */
      for (var j = 0; j < index.areas.length; j++) {
        var prefixes = index.areas[j][2];
        for (var k = 0; k < prefixes.length; k++) {
          if (prefixes[k].indexOf(s + " ") === 0) return "unsure";
        }
      }
    }
    return -1;
  }

  function show(headingNode, noteText, area, age) {
    heading.textContent = "";
    heading.appendChild(headingNode);
    note.textContent = noteText;
    note.hidden = !noteText;
    list.textContent = "";
    more.hidden = true;
    answer.hidden = false;
    if (age !== null) {
      var bit = 1 << index.ages.indexOf(age);
      var fits = index.events.filter(function (e) {
        return (e[3] & bit) && (e[4].length === 0 || e[4].indexOf(area) >= 0);
      });
      fits.slice(0, SHOWN).forEach(function (e) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = text("events") + e[0] + "/";
        a.textContent = e[1];
        li.appendChild(a);
        var when = document.createElement("span");
        when.className = "when";
        when.textContent = e[2];
        li.appendChild(when);
        var where = document.createElement("span");
        where.className = "where";
        where.textContent = index.venues[e[5]] || "";
        li.appendChild(where);
        if (e[4].length) {
          var only = document.createElement("span");
          only.className = "where";
          only.appendChild(fill(text("for-areas"), { areas: bdi(index.areas[area][0]) }));
          li.appendChild(only);
        }
        list.appendChild(li);
      });
      if (fits.length === 0) {
        note.textContent = (noteText ? noteText + " " : "") + text("none");
        note.hidden = false;
      }
      more.href = text("results") + (area >= 0 ? "area/" + index.areas[area][1] : "everyone") + "/" + age + "/";
      more.textContent = text("more");
      more.hidden = false;
    }
    heading.focus();
  }

  function answerNow() {
    var age = ageSelect.value;
    var group = ageSelect.options[ageSelect.selectedIndex].text;
    var area;
    var chosen = areaSelect.value;
    if (chosen === "-") area = -1;
    else if (chosen) {
      area = -1;
      for (var i = 0; i < index.areas.length; i++) if (index.areas[i][1] === chosen) area = i;
    } else if (!postcode.value.trim()) {
      return show(document.createTextNode(text("empty")), "", -1, null);
    } else {
      area = areaOf(postcode.value);
      if (area === "bad" || area === "unsure") {
        return show(document.createTextNode(text(area)), "", -1, null);
      }
    }
    if (area >= 0) {
      show(fill(text("in-area"), { area: bdi(index.areas[area][0]), group: group }), "", area, age);
    } else {
      show(fill(text("everyone"), { group: group }), chosen === "-" ? "" : text("outside"), -1, age);
    }
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (index) answerNow();
  });

  fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      index = data;
      form.hidden = false;
    })
    .catch(function () { /* the links below still work */ });
})();
