/* mtcheck report behaviour: filters (a body class per hidden value) and a popover per highlight.
   Everything reads data-* attributes and writes textContent only: no HTML is ever built from data. */
(function () {
  "use strict";
  var body = document.body;

  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      body.classList.toggle("hide-" + box.dataset.filter + "-" + box.value, !box.checked);
    });
  });

  var pop = document.getElementById("popover");
  var current = null;
  function field(id) { return document.getElementById(id); }

  function show(mark) {
    var d = mark.dataset;
    current = mark;
    pop.style.setProperty("--c", getComputedStyle(mark).getPropertyValue("--c"));
    field("pop-swatch").style.background = getComputedStyle(mark).getPropertyValue("--c");
    field("pop-rule").textContent = d.rule;
    field("pop-name").textContent = d.name;
    field("pop-message").textContent = d.message;
    field("pop-suggestion").textContent = d.suggestion || "";
    field("pop-suggestion-row").hidden = !d.suggestion;
    field("pop-meta").textContent = d.category + " · " + d.severity + " · line " + d.line + ", column " +
      d.column + " · " + d.status;
    pop.hidden = false;
    var r = mark.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(8, left) + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
  }
  function hide() { pop.hidden = true; current = null; }

  document.addEventListener("click", function (ev) {
    var mark = ev.target.closest ? ev.target.closest("mark[data-finding]") : null;
    if (mark) {
      // the innermost highlight is the one clicked; a second click on it closes the popover
      if (current === mark && !pop.hidden) { hide(); } else { show(mark); }
      return;
    }
    var row = ev.target.closest ? ev.target.closest("tr.finding") : null;
    if (row && !ev.target.closest("a")) {
      var target = document.getElementById(row.dataset.target);
      if (target) {
        target.scrollIntoView({ block: "center" });
        target.classList.remove("flash");
        void target.offsetWidth;  // restart the animation
        target.classList.add("flash");
        show(target);
      }
      return;
    }
    if (!pop.contains(ev.target)) { hide(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hide(); }
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.matches && ev.target.matches("mark[data-finding]")) {
      ev.preventDefault();
      show(ev.target);
    }
  });
  field("pop-close").addEventListener("click", hide);
})();
