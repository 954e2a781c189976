// The language chooser: puts the phone's own language (navigator.languages)
// first and marks it, so a parent finds it at once. It never goes there by
// itself: the choice stays the parent's. No dependencies, no inline code.
(function () {
  "use strict";
  var list = document.getElementById("choices");
  if (!list || !navigator.languages) return;
  var links = list.querySelectorAll("a[hreflang]");
  var wanted = Array.prototype.slice.call(navigator.languages);
  for (var i = 0; i < wanted.length; i++) {
    var primary = String(wanted[i]).toLowerCase().split("-")[0];
    for (var j = 0; j < links.length; j++) {
      var code = links[j].getAttribute("hreflang").toLowerCase();
      if (code === wanted[i].toLowerCase() || code.split("-")[0] === primary) {
        var item = links[j].parentNode;
        item.classList.add("suggested");
        list.insertBefore(item, list.firstChild);
        return;
      }
    }
  }
})();
