// Copy-citation buttons: hidden without JavaScript (the citation stays selectable in its box).
(function () {
  function copy(button) {
    var field = document.getElementById(button.dataset.copyFrom);
    var status = button.parentNode.querySelector(".copied");
    function done() { if (status) { status.textContent = "Copied to the clipboard."; } }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); document.execCommand("copy"); done(); });
    } else {
      field.select(); document.execCommand("copy"); done();
    }
  }
  function wire(root) {
    root.querySelectorAll("button.copy-citation").forEach(function (button) {
      button.hidden = false;
      if (!button.dataset.wired) {
        button.dataset.wired = "1";
        button.addEventListener("click", function () { copy(button); });
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { wire(document); });
  document.addEventListener("htmx:load", function (event) { wire(event.target); });
})();
