// newsfacts show: the page's behaviour. It only toggles classes and fills the side panel from
// the fact table; it never reads offsets and never writes HTML (text goes in as textContent).
(function () {
  "use strict";
  var facts = JSON.parse(document.getElementById("facts").textContent);
  var panel = document.getElementById("panel");
  var pinned = null;
  function show(el) {
    var fact = facts[el.dataset.fact];
    if (!fact) { return; }
    panel.replaceChildren();
    var h = document.createElement("h3");
    h.textContent = fact.kind + ": " + fact.text;
    var table = document.createElement("table");
    Object.keys(fact).forEach(function (name) {
      if (name === "kind") { return; }
      var row = table.insertRow();
      var th = document.createElement("th");
      th.textContent = name;
      var td = row.insertCell();
      var value = fact[name];
      td.textContent = typeof value === "string" ? value : JSON.stringify(value);
      row.insertBefore(th, td);
    });
    panel.append(h, table);
  }
  function facts_of(el) {
    return document.querySelectorAll('mark.f[data-fact="' + el.dataset.fact + '"]');
  }
  document.querySelectorAll("mark.f").forEach(function (el) {
    el.addEventListener("mouseenter", function (event) {
      event.stopPropagation();
      if (!pinned) { show(el); }
    });
    el.addEventListener("click", function (event) {
      event.stopPropagation();
      document.querySelectorAll("mark.f.active").forEach(function (m) {
        m.classList.remove("active");
      });
      pinned = pinned === el.dataset.fact ? null : el.dataset.fact;
      if (pinned) {
        facts_of(el).forEach(function (m) { m.classList.add("active"); });
      }
      show(el);
    });
  });
  // A filter box per kind: unticked, that kind's highlights are switched off.
  document.querySelectorAll("header input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.querySelectorAll("mark.f-" + box.dataset.kind).forEach(function (m) {
        m.classList.toggle("off", !box.checked);
      });
    });
  });
  // A link to a fact (page.html#d0-f3) opens with that fact pinned in the panel.
  var linked = location.hash && document.querySelector(
    'mark.f[data-fact="' + location.hash.slice(1).replace(/[^\w-]/g, "") + '"]');
  if (linked) { linked.click(); linked.scrollIntoView({block: "center"}); }
  // Self-check: every whole highlight holds exactly its fact's text (or its mention's).
  var bad = 0;
  document.querySelectorAll("mark.f:not(.part)").forEach(function (el) {
    var fact = facts[el.dataset.fact];
    var want = el.dataset.m !== undefined ? fact.mentions[+el.dataset.m].text : fact.text;
    if (el.textContent !== want) { bad += 1; el.classList.add("mismatch"); }
  });
  document.body.dataset.check = bad ? "mismatch " + bad : "ok";
})();
