/// The style sheet and script inlined into every HTML report: the file must work offline,
/// from `file://`, and print. The script only filters findings; the report reads fine
/// without it.
enum HTMLReportAssets {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let style = """
        :root { --error: #b3261e; --warning: #9a5b00; --info: #1f5fa8; --muted: #6b6b6b; --rule: #e4e4e4; }
        * { box-sizing: border-box; }
        body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB",
          "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1b1b1b; background: #fff;
          max-width: 1280px; margin: 0 auto; padding: 0 1rem 4rem; }
        h1 { font-size: 1.45rem; margin: 1.2rem 0 .2rem; }
        h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
        code { font-size: .9em; }
        .meta { color: var(--muted); margin: 0 0 1rem; }
        .counts { display: flex; flex-wrap: wrap; gap: .4rem 2rem; margin: 0 0 1rem; }
        .counts dt { font-size: .78rem; color: var(--muted); }
        .counts dd { margin: 0; font-size: 1.35rem; font-weight: 600; font-variant-numeric: tabular-nums; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem 3rem; }
        .charts figure { margin: 0; }
        .charts figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .2rem; }
        .chart-label, .chart-value { font-size: 12px; fill: #333; }
        rect.error { fill: var(--error); } rect.warning { fill: var(--warning); }
        rect.info { fill: var(--info); } rect.check { fill: #5c6b7a; }
        .badge { display: inline-block; min-width: 4.6em; text-align: center; color: #fff; border-radius: 3px;
          padding: 0 .3rem; font-size: .7rem; line-height: 1.45; text-transform: uppercase; letter-spacing: .03em; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
        .badge.info { background: var(--info); }
        mark.error { background: #ffd2cc; } mark.warning { background: #ffe3b0; } mark.info { background: #d3e5fa; }
        mark { color: inherit; border-radius: 2px; }
        #findings-index table { border-collapse: collapse; width: 100%; font-size: .88rem; }
        #findings-index td, #findings-index th { text-align: left; vertical-align: top; padding: .15rem .5rem .15rem 0;
          border-bottom: 1px solid var(--rule); }
        #filters { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid #ccc;
          padding: .45rem 0; font-size: .88rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
        #filters fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 .8rem; }
        #filters legend { float: left; font-weight: 600; margin-right: .5rem; }
        .columns, .pair { display: grid; grid-template-columns: 4rem minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.1rem; }
        .columns { font-size: .8rem; color: var(--muted); padding: .4rem 0 .2rem; }
        .pair { padding: .4rem 0; border-top: 1px solid var(--rule); scroll-margin-top: 4.5rem;
          content-visibility: auto; contain-intrinsic-size: auto 4rem; }
        .pair > .n { font-size: .75rem; color: var(--muted); text-align: right; font-variant-numeric: tabular-nums; }
        .pair > .n a { color: inherit; text-decoration: none; }
        .pair > .n .score { display: block; }
        .side { overflow-wrap: anywhere; }
        .ln { font-size: .7rem; color: var(--muted); margin-right: .4rem; font-variant-numeric: tabular-nums; }
        .speaker { font-weight: 650; margin-right: .3rem; }
        .none { color: var(--muted); font-style: italic; font-size: .85rem; }
        .pair.heading .text { font-size: 1.15rem; font-weight: 650; }
        .pair.unaligned { background: repeating-linear-gradient(135deg, #fff 0 7px, #fbf3e2 7px 14px); }
        .pair.has-f > .n a { color: #1b1b1b; font-weight: 600; }
        .findings { grid-column: 2 / 4; list-style: none; margin: .25rem 0 0; padding: 0; font-size: .86rem; }
        .findings li { margin: .1rem 0; scroll-margin-top: 4.5rem; }
        .findings code, #findings-index code { color: #333; }
        :target { outline: 2px solid var(--info); outline-offset: 2px; }
        body.only-f .pair:not(.has-f):not(.heading), body.only-f .pair.f-off:not(.heading) { display: none; }
        @media (max-width: 760px) {
          .columns { display: none; }
          .pair { grid-template-columns: minmax(0, 1fr); }
          .pair > .n { text-align: left; }
          .findings { grid-column: 1; }
        }
        @media print {
          body { max-width: none; font-size: 10.5pt; padding: 0; }
          #filters { display: none; }
          .pair { content-visibility: visible; break-inside: avoid; }
          .pair.unaligned { background: none; border-left: 3px solid #d9b36c; }
          .badge, mark, rect { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """

    /// Shows or hides findings by severity and check; optionally hides pairs left without a
    /// visible finding. It touches only findings and the pairs that have some, so it stays
    /// quick with thousands of pairs.
    static let script = """
        (function () {
          var form = document.getElementById("filters");
          if (!form) { return; }
          function apply() {
            var shown = {};
            form.querySelectorAll("input[data-filter]").forEach(function (box) {
              shown[box.getAttribute("data-filter") + ":" + box.value] = box.checked;
            });
            document.querySelectorAll(".f").forEach(function (item) {
              item.hidden = !(shown["s:" + item.getAttribute("data-s")] && shown["c:" + item.getAttribute("data-c")]);
            });
            document.querySelectorAll(".pair.has-f").forEach(function (pair) {
              pair.classList.toggle("f-off", !pair.querySelector("li.f:not([hidden])"));
            });
            document.body.classList.toggle("only-f", form.elements.namedItem("only").checked);
          }
          form.addEventListener("change", apply);
          apply();
        })();
        """
}
