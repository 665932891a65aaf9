// Review queue keys: j/k move between quotes, v verifies, x rejects, c claims the quote and opens
// its correction panel, Enter opens the quote.
// The Verify and Reject buttons do the work (htmx, or a plain POST without this file);
// the keys only focus a row and press its buttons.
(function () {
  "use strict";
  var current = -1;
  var advance = false;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll(".review-row"));
  }

  function focusRow(index) {
    var list = rows();
    if (!list.length) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach(function (row) { row.classList.remove("current"); });
    list[current].classList.add("current");
    list[current].focus();
    list[current].scrollIntoView({ block: "nearest" });
  }

  function press(key) {
    var row = rows()[current];
    var button = row && row.querySelector('button[data-key="' + key + '"]');
    if (button) {
      advance = key !== "c";  // after a verdict move on; after "correct" stay on the opened row
      button.click();
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")) return;
    if (event.key === "j") focusRow(current + 1);
    else if (event.key === "k") focusRow(current - 1);
    else if (event.key === "v" || event.key === "x" || event.key === "c") press(event.key);
    else if (event.key === "Enter" && rows()[current] && document.activeElement === rows()[current]) {
      rows()[current].querySelector("a.open").click();
    } else return;
    event.preventDefault();
  });

  document.addEventListener("focusin", function (event) {
    var row = event.target.closest && event.target.closest(".review-row");
    if (row) current = rows().indexOf(row);
  });

  // After a verdict swaps its row, carry on with the next quote. htmx:load fires on the new row,
  // which is in the document (the old row, where other events fire, is already detached).
  document.addEventListener("htmx:load", function (event) {
    var row = event.target.closest && event.target.closest(".review-row");
    if (advance && row) {
      advance = false;
      focusRow(rows().indexOf(row) + 1);
    }
  });

  document.addEventListener("DOMContentLoaded", function () { focusRow(0); });
})();
