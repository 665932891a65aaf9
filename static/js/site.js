// Every page: folded panels (<details class="fold">) open by themselves on wide screens; on a
// phone they stay folded so the first screen shows results.
(function () {
  var wide = window.matchMedia("(min-width: 50rem)");
  function unfold(root) {
    if (!wide.matches) { return; }
    root.querySelectorAll("details.fold").forEach(function (details) { details.open = true; });
  }
  document.addEventListener("DOMContentLoaded", function () { unfold(document); });
})();
