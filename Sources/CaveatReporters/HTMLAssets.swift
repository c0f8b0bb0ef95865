/// The inline stylesheet and script of the `html` report (no external assets).
///
/// Colours meet WCAG AA (4.5:1) for the text drawn on them: marks keep near-black text (#1a1a1a) on light tints, and
/// badges white text on dark tones (#b3261e 6.5:1, #7a4a00 7.5:1, #0b57d0 6.4:1); `HTMLContrastTests` checks them.
enum HTMLAssets {
    static let css = """
    :root { color-scheme: light; --error: #b3261e; --warning: #7a4a00; --info: #0b57d0; --ink: #1a1a1a; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 4rem; font: 16px/1.55 system-ui, -apple-system,
      "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
    h1 { margin: 0.2rem 0; font-size: 1.6rem; }
    .summary { margin: 0 0 1rem; font-size: 1.1rem; }
    #filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-start; padding: 0.75rem;
      border: 1px solid #c7c7c7; border-radius: 6px; background: #f6f6f6; position: sticky; top: 0; z-index: 2; }
    #filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; }
    #filters legend { font-weight: 600; padding: 0; margin-bottom: 0.2rem; }
    #visible-count { margin: 0; font-weight: 600; width: 100%; }
    table.overview { border-collapse: collapse; margin: 1rem 0; width: 100%; }
    .overview th, .overview td { border: 1px solid #c7c7c7; padding: 0.25rem 0.6rem; text-align: right; }
    .overview th[scope=row], .overview thead th:first-child { text-align: left; font-weight: normal; }
    .overview td.sev-error { color: var(--error); font-weight: 700; }
    .overview td.sev-warning { color: var(--warning); font-weight: 700; }
    .overview td.sev-info { color: var(--info); font-weight: 700; }
    details.file { border: 1px solid #c7c7c7; border-radius: 6px; margin: 0.75rem 0; padding: 0 1rem; }
    details.file > summary { cursor: pointer; padding: 0.6rem 0; font-weight: 600; }
    details.file > summary .counts { font-weight: normal; margin-left: 0.5rem; }
    article { padding-bottom: 1rem; }
    .row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
    .block { margin: 0.5rem 0; }
    .row.part > .block { margin: 0; }
    .row.part.first > .block { margin-top: 0.5rem; }
    .row.part.last > .block { margin-bottom: 0.5rem; }
    .row.part:not(.first) > .block.li::before { content: none; }
    .block.li::before { content: "\\2022\\00a0"; }
    .block.li, .block.td { padding-left: 1rem; }
    .block.title { font-size: 1.25rem; font-weight: 700; }
    .block.alt .kind, .block.caption { font-style: italic; }
    .chrome { color: #595959; border-left: 3px solid #c7c7c7; padding-left: 0.5rem; font-size: 0.9rem; }
    body:not(.show-chrome) .chrome:not(.flagged) { display: none; }
    body.hide-clean [data-clean] { display: none; }
    mark { color: var(--ink); padding: 0 1px; border-bottom: 2px solid; }
    mark.sev-error { background: #ffd9d6; border-color: var(--error); }
    mark.sev-warning { background: #ffe7a8; border-color: var(--warning); }
    mark.sev-info { background: #d6e6ff; border-color: var(--info); }
    mark.off { background: transparent; border-bottom: 0; }
    a.ref { font-size: 0.75rem; vertical-align: super; margin-left: 1px; text-decoration: none; font-weight: 700; }
    a.ref.sev-error { color: var(--error); } a.ref.sev-warning { color: var(--warning); } a.ref.sev-info { color: var(--info); }
    .notes { font-size: 0.9rem; }
    .note { border-left: 4px solid; background: #fafafa; padding: 0.4rem 0.6rem; margin: 0.5rem 0; }
    .note.sev-error { border-color: var(--error); } .note.sev-warning { border-color: var(--warning); }
    .note.sev-info { border-color: var(--info); }
    .note p { margin: 0.2rem 0; } .note .message { font-weight: 600; }
    .note .num { font-weight: 700; } .note .where { color: #595959; }
    .note:target { outline: 3px solid var(--info); }
    .badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0 0.35rem; font-size: 0.8rem;
      font-weight: 700; }
    .badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); }
    .badge.sev-info { background: var(--info); }
    .input-error { color: var(--error); }
    a { color: #0b57d0; }
    @media (max-width: 50rem) { .row { grid-template-columns: 1fr; } }
    @media print { #filters { position: static; } details.file { break-inside: avoid-page; } }

    """

    static let script = """
    (function () {
      "use strict";
      var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[data-filter]"));
      var total = Number(document.body.getAttribute("data-findings")) || 0;
      // "#hide=warning,rule-id" in the address unticks those filters, so a link can share a filtered view.
      var match = /(?:^#|&)hide=([^&]*)/.exec(location.hash);
      if (match) {
        var hidden = decodeURIComponent(match[1]).split(",");
        boxes.forEach(function (box) { if (hidden.indexOf(box.value) >= 0) { box.checked = false; } });
      }
      function apply() {
        var severities = {}, rules = {};
        boxes.forEach(function (box) {
          if (box.checked) { (box.getAttribute("data-filter") === "severity" ? severities : rules)[box.value] = true; }
        });
        var shown = 0;
        document.querySelectorAll(".note").forEach(function (note) {
          var on = severities[note.getAttribute("data-severity")] === true && rules[note.getAttribute("data-rule")] === true;
          note.hidden = !on;
          if (on) { shown += 1; }
        });
        document.querySelectorAll("mark[data-f]").forEach(function (mark) {
          var on = mark.getAttribute("data-f").split(" ").some(function (id) {
            var note = document.getElementById(id);
            return note !== null && !note.hidden;
          });
          mark.classList.toggle("off", !on);
        });
        document.querySelectorAll("a.ref").forEach(function (ref) {
          var note = document.getElementById(ref.getAttribute("href").slice(1));
          ref.hidden = note !== null && note.hidden;
        });
        document.getElementById("visible-count").textContent = shown + " of " + total + " findings shown";
        document.body.setAttribute("data-visible", String(shown));
      }
      boxes.forEach(function (box) { box.addEventListener("change", apply); });
      var chrome = document.getElementById("show-chrome");
      chrome.addEventListener("change", function () { document.body.classList.toggle("show-chrome", chrome.checked); });
      // Files without findings are hidden by a class the script sets, so without scripts everything shows.
      var clean = document.getElementById("hide-clean");
      function applyClean() { document.body.classList.toggle("hide-clean", clean.checked); }
      clean.addEventListener("change", applyClean);
      applyClean();
      // Following a link into a collapsed article opens it.
      function reveal() {
        var id = location.hash.slice(1);
        var target = id && id.indexOf("=") < 0 ? document.getElementById(id) : null;
        for (var node = target; node; node = node.parentElement) {
          if (node.tagName === "DETAILS") { node.open = true; }
        }
      }
      window.addEventListener("hashchange", reveal);
      reveal();
      apply();
    })();

    """
}
