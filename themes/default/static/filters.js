/* whatson: filters the listing in place. Without it the age and area chips
   (nav#choose) link to pre-rendered pages. With it, a chip of a choice the
   page has not made filters the cards (article[data-…]) in place, unless the
   page lacks data-whole or would show none: then it stays a link. Choices
   live in the address (?age=2-3&area=vassall): back undoes a tap. Both
   chosen, the chips fold away (#choose-box). No libraries. */
(function () {
  "use strict";
  var nav = document.getElementById("choose");
  var count = document.getElementById("filter-count");
  if (!nav || !count || !window.history || !window.URLSearchParams) return;
  var form = document.getElementById("filters");
  var box = document.getElementById("filter-box");
  var none = document.getElementById("filter-none");
  var dateRow = form ? form.querySelector(".f-date") : null;
  var folded = document.querySelector("#choose-box > summary");
  var chosenText = document.getElementById("chosen");
  var whole = nav.getAttribute("data-whole") === "true";
  var all = function (root, q) { return [].slice.call(root.querySelectorAll(q)); };
  var cards = all(document, "article[data-date]");
  var days = all(document, "section.day");
  var chips = ["age", "area"];
  var fields = ["day", "date", "spoken", "free"];
  var base = nav.getAttribute("data-base") || "/";
  /* What the page itself is filtered by: its chips lead to other pages. */
  var fixed = { age: nav.getAttribute("data-age") || "", area: nav.getAttribute("data-area") || "" };
  var chosen = { age: "", area: "" };
  var lang = document.documentElement.lang || "en";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  function field(name) {
    var f = form && form.elements[name];
    return f && f.nodeType ? f : null;
  }

  function value(name) {
    var f = field(name);
    if (!f) return "";
    if (f.type === "checkbox") return f.checked ? "1" : "";
    return f.value;
  }

  /* Today in the site's time zone, as YYYY-MM-DD. */
  function today() {
    var now = new Date();
    try {
      var parts = new Intl.DateTimeFormat("en-GB", {
        timeZone: (form && form.getAttribute("data-tz")) || undefined,
        year: "numeric", month: "2-digit", day: "2-digit"
      }).formatToParts(now);
      var p = {};
      parts.forEach(function (x) { p[x.type] = x.value; });
      if (p.year && p.month && p.day) return p.year + "-" + p.month + "-" + p.day;
    } catch (e) { /* unknown time zone: use the phone's */ }
    return iso(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
  }

  function iso(d) {
    return d.toISOString().slice(0, 10);
  }

  function addDays(s, n) {
    var d = new Date(s + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return iso(d);
  }

  /* The [from, to] days chosen, or null for any day. */
  function range() {
    var day = value("day");
    var t = today();
    var dow = new Date(t + "T00:00:00Z").getUTCDay(); /* 0 = Sunday */
    if (day === "today") return [t, t];
    if (day === "week") return [t, addDays(t, (7 - dow) % 7)];
    if (day === "weekend") {
      if (dow === 0) return [t, t];
      if (dow === 6) return [t, addDays(t, 1)];
      return [addDays(t, 6 - dow), addDays(t, 7 - dow)];
    }
    if (day === "date") {
      var v = value("date");
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? [v, v] : null;
    }
    return null;
  }

  function has(list, token) {
    return (" " + (list || "") + " ").indexOf(" " + token + " ") >= 0;
  }

  function matches(c, s, r) {
    var d = c.dataset;
    if (s.age && !has(d.ages, s.age)) return false;
    if (s.area && d.area !== s.area) return false;
    if (s.spoken && !has(d.langs, s.spoken)) return false;
    if (s.free && d.free !== "1") return false;
    if (r && d.days) {
      /* A regular activity listed once: is one of its sessions in the range? */
      return d.days.split(" ").some(function (x) { return x >= r[0] && x <= r[1]; });
    }
    if (r && (d.date > r[1] || (d.end || d.date) < r[0])) return false;
    return true;
  }

  function say(n) {
    var text = n === 0 ? count.getAttribute("data-plural-0") : null;
    if (text === null) {
      var cat = plural ? plural.select(n) : "other";
      text = count.getAttribute("data-plural-" + cat);
      if (text === null) text = count.getAttribute("data-plural-other") || String(n);
    }
    text = text.split("{n}").join(String(n));
    if (count.textContent !== text) count.textContent = text;
  }

  /* The pre-rendered page for an age and an area (either may be empty). */
  function pageFor(age, area) {
    return base + (age ? "age/" + age + "/" : "") + (area ? "area/" + area + "/" : "");
  }

  function effective(facet) {
    return fixed[facet] || chosen[facet];
  }

  /* Marks the chosen chips and points every chip at the page it stands for,
     so a chip opened in a new tab or shared gives the same listing. */
  function showChips() {
    all(nav, "ul[data-facet]").forEach(function (row) {
      var facet = row.getAttribute("data-facet");
      var other = facet === "age" ? "area" : "age";
      var current = effective(facet);
      all(row, "a[data-value]").forEach(function (a) {
        var v = a.getAttribute("data-value");
        var o = effective(other);
        a.href = facet === "age" ? pageFor(v, o) : pageFor(o, v);
        if (!fixed[facet]) {
          if (v && v === current) a.setAttribute("aria-current", "true");
          else a.removeAttribute("aria-current");
        }
        if (!v && a.parentElement) a.parentElement.hidden = !current;
      });
    });
    var both = effective("age") && effective("area");
    if (folded) folded.hidden = !both;
    if (folded && !both) folded.parentNode.open = true;
    if (chosenText && both && (chosen.age || chosen.area)) {
      /* Chosen here, not by the page's heading: say what. */
      chosenText.textContent = all(nav, "a[aria-current]").map(function (a) { return a.textContent; }).join(" \u00b7 ");
      chosenText.className = "chosen";
    }
  }

  function fold(focus) {
    if (!folded || folded.hidden) return;
    folded.parentNode.open = false;
    if (focus) folded.focus();
  }

  /* The cards an age and area ({age, area}) alone leave on this page. */
  function left(s) {
    return cards.filter(function (c) { return matches(c, s, null); }).length;
  }

  function state() {
    var s = { age: chosen.age, area: chosen.area };
    fields.forEach(function (n) { s[n] = value(n); });
    return s;
  }

  function apply() {
    var s = state();
    if (dateRow) dateRow.hidden = s.day !== "date";
    var r = range();
    var shown = 0;
    cards.forEach(function (c) {
      var ok = matches(c, s, r);
      var item = c.parentElement && c.parentElement.tagName === "LI" ? c.parentElement : c;
      item.hidden = !ok;
      if (ok) shown++;
    });
    days.forEach(function (day) {
      day.hidden = !day.querySelector("li:not([hidden]) > article[data-date]");
    });
    say(shown);
    if (none) none.hidden = shown !== 0;
    showChips();
  }

  function address() {
    var s = state();
    var q = new URLSearchParams();
    chips.concat(fields).forEach(function (n) {
      if (s[n] && (n !== "date" || s.day === "date")) q.set(n, s[n]);
    });
    var qs = q.toString();
    return location.pathname + (qs ? "?" + qs : "") + location.hash;
  }

  /* A chip tap is a step (back undoes it); a form change replaces the step. */
  function remember(step) {
    var url = address();
    if (url === location.pathname + location.search + location.hash) return;
    if (step) history.pushState(null, "", url);
    else history.replaceState(history.state, "", url);
  }

  function restore() {
    var q = new URLSearchParams(location.search);
    chips.forEach(function (n) {
      var v = q.get(n) || "";
      var known = nav.querySelector('ul[data-facet="' + n + '"] a[data-value="' + (window.CSS && CSS.escape ? CSS.escape(v) : v) + '"]');
      chosen[n] = !fixed[n] && v && known ? v : "";
    });
    fields.forEach(function (n) {
      var f = field(n);
      if (!f) return;
      var v = q.get(n) || "";
      if (box && v) box.open = true;
      if (f.type === "checkbox") {
        f.checked = v === "1";
      } else if (f.tagName === "SELECT") {
        f.value = "";
        for (var i = 0; i < f.options.length; i++) {
          if (f.options[i].value === v) { f.value = v; break; }
        }
      } else {
        f.value = v;
      }
    });
  }

  nav.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target && e.target.closest ? e.target.closest("a[data-value]") : null;
    var row = a ? a.closest("ul[data-facet]") : null;
    if (!a || !row) return;
    var facet = row.getAttribute("data-facet");
    if (fixed[facet]) return; /* another page */
    var v = a.getAttribute("data-value");
    var next = { age: chosen.age, area: chosen.area };
    next[facet] = chosen[facet] === v ? "" : v;
    if (!whole || left(next) === 0) return; /* follow the link */
    e.preventDefault();
    chosen[facet] = next[facet];
    apply();
    remember(true);
    fold(true);
  });
  window.addEventListener("popstate", function () {
    restore();
    apply();
    fold(false);
  });
  if (form) {
    form.hidden = false;
    if (box) box.hidden = false;
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); remember(false); });
    form.addEventListener("change", function () { apply(); remember(false); });
    form.addEventListener("input", function (e) {
      if (e.target && e.target.type === "date") { apply(); remember(false); }
    });
    form.addEventListener("reset", function () {
      setTimeout(function () { chosen.age = ""; chosen.area = ""; apply(); remember(false); }, 0);
    });
  }
  restore();
  if ((chosen.age || chosen.area) && (!whole || left(chosen) === 0)) {
    location.replace(pageFor(effective("age"), effective("area")));
    return;
  }
  apply();
  fold(false);
})();
