/* whatson: filters the what's-on listing in place.
   Progressive enhancement: without this script the listing is complete and
   the pre-rendered pages per age group and area (the links in the <nav>)
   do the filtering. With it, the hidden <form id="filters"> is shown (in the
   <details id="filter-box">, opened when the address holds a choice) and
   each card (<article data-ages data-area data-festival data-free data-langs
   data-date data-end>) is shown or hidden as the choices change. The choices
   live in the address (?age=1-2&area=stockwell…), so a filtered listing can
   be shared, and are restored from it on load. No libraries, no inline code. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var count = document.getElementById("filter-count");
  if (!form || !count || !window.history || !window.URLSearchParams) return;
  var none = document.getElementById("filter-none");
  var dateRow = form.querySelector(".f-date");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article[data-date]"));
  var days = Array.prototype.slice.call(document.querySelectorAll("section.day"));
  var names = ["age", "area", "festival", "day", "date", "spoken", "free"];
  var lang = document.documentElement.lang || "en";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  function field(name) {
    var f = form.elements[name];
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
        timeZone: form.getAttribute("data-tz") || undefined,
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
    if (s.festival && d.festival !== s.festival) return false;
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

  function apply(remember) {
    var s = {};
    names.forEach(function (n) { s[n] = value(n); });
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
    if (remember) {
      var q = new URLSearchParams();
      names.forEach(function (n) {
        if (s[n] && (n !== "date" || s.day === "date")) q.set(n, s[n]);
      });
      var qs = q.toString();
      history.replaceState(history.state, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
    }
  }

  function restore() {
    var q = new URLSearchParams(location.search);
    var box = document.getElementById("filter-box");
    names.forEach(function (n) {
      var f = field(n);
      var v = q.get(n);
      if (!f || v === null) return;
      if (box && v) box.open = true;
      if (f.type === "checkbox") {
        f.checked = v === "1";
      } else if (f.tagName === "SELECT") {
        for (var i = 0; i < f.options.length; i++) {
          if (f.options[i].value === v) { f.value = v; break; }
        }
      } else {
        f.value = v;
      }
    });
  }

  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(true); });
  form.addEventListener("change", function () { apply(true); });
  form.addEventListener("input", function (e) {
    if (e.target && e.target.type === "date") apply(true);
  });
  form.addEventListener("reset", function () {
    setTimeout(function () { apply(true); }, 0);
  });
  restore();
  apply(false);
})();
