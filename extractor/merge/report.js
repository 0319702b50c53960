(function () {
  "use strict";
  // The page is built in Python; this script only sorts rows, toggles classes and fills the
  // detail box from the JSON data block (text set with textContent, never as HTML).
  var data = JSON.parse(document.getElementById("data").textContent);
  var detail = document.getElementById("detail");

  function showStory(id) {
    var story = data.stories[id];
    if (!story) { return; }
    document.querySelectorAll(".mark.active, .story.open").forEach(function (el) {
      el.classList.remove("active", "open");
    });
    var mark = document.querySelector('.mark[data-story="' + id + '"]');
    if (mark) { mark.classList.add("active"); }
    var section = document.getElementById(id);
    if (section) { section.classList.add("open"); }
    detail.replaceChildren();
    var h = document.createElement("strong");
    h.textContent = id + " " + story.text;
    var list = document.createElement("ol");
    story.sources.forEach(function (source) {
      var item = document.createElement("li");
      item.textContent = source;
      list.append(item);
    });
    var link = document.createElement("a");
    link.href = "#" + id;
    link.textContent = "go to the story";
    detail.append(h, list, link);
    detail.hidden = false;
  }

  document.querySelectorAll(".mark").forEach(function (mark) {
    mark.addEventListener("click", function () { showStory(mark.dataset.story); });
  });

  function sortBy(table, column, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = table.tHead.rows[0].cells[column].dataset.type === "number";
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
      var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
      return (descending ? -order : order) || Number(a.dataset.rank) - Number(b.dataset.rank);
    });
    rows.forEach(function (row) { body.append(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
      cell.setAttribute("aria-sort", index === column ? (descending ? "descending" : "ascending")
                                                      : "none");
    });
  }

  var entityTable = document.getElementById("entity-index");
  if (entityTable) {
    Array.prototype.forEach.call(entityTable.tHead.rows[0].cells, function (cell, index) {
      cell.querySelector("button").addEventListener("click", function () {
        var numeric = cell.dataset.type === "number";
        var now = cell.getAttribute("aria-sort");
        var descending = now === "none" ? numeric : now === "ascending";
        sortBy(entityTable, index, descending);
      });
    });
  }

  // A link can open the page sorted (page.html#sort=mentions) or on a story (page.html#S3).
  var hash = location.hash.slice(1).replace(/[^\w=-]/g, "");
  if (hash.indexOf("sort=") === 0 && entityTable) {
    var cells = Array.prototype.slice.call(entityTable.tHead.rows[0].cells);
    var wanted = cells.findIndex(function (c) { return c.dataset.column === hash.slice(5); });
    if (wanted >= 0) { sortBy(entityTable, wanted, cells[wanted].dataset.type === "number"); }
  } else if (data.stories[hash]) {
    showStory(hash);
  }

  // Self-check: every mark opens a story of the page, every story has its sources listed.
  var bad = 0;
  document.querySelectorAll(".mark").forEach(function (mark) {
    if (!document.getElementById(mark.dataset.story)) { bad += 1; }
  });
  document.querySelectorAll(".story").forEach(function (section) {
    var want = (data.stories[section.id] || {sources: []}).sources.length;
    if (section.querySelectorAll(".sources tbody tr").length !== want) { bad += 1; }
  });
  document.body.dataset.check = bad ? "mismatch " + bad : "ok";
})();
