/// The style sheet and script inlined into every HTML report: the file must work offline,
/// from `file://`, and print. The page reads fine without the script; the script adds
/// search, filters, finding navigation and keyboard keys.
enum HTMLReportAssets {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

    static let style = """
        :root { --error: #b3261e; --warning: #9a5b00; --info: #1f5fa8; --muted: #6b6f76; --rule: #e6e6e9;
          --ink: #1d1f23; --accepted: #2e7d4f; --kept: #7a7f87; --said: #3f6fb5; --paper: #fff; --tint: #f6f7f9; }
        * { box-sizing: border-box; }
        html { scroll-padding-top: 7.5rem; }
        body { font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC",
          "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
          color: var(--ink); background: var(--paper); max-width: 1440px; margin: 0 auto; padding: 0 1.5rem 5rem; }
        h1 { font-size: 1.5rem; margin: 1.3rem 0 .1rem; letter-spacing: -.01em; }
        h2 { font-size: 1.05rem; margin: 1.6rem 0 .3rem; }
        code { font: .86em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
        kbd { font: .8em ui-monospace, Menlo, Consolas, monospace; border: 1px solid #c9ccd1; border-bottom-width: 2px;
          border-radius: 3px; padding: 0 .3em; background: #fff; }
        button { font: inherit; cursor: pointer; }
        .meta { color: var(--muted); margin: 0 0 1rem; font-size: .9rem; }
        .counts { display: flex; flex-wrap: wrap; gap: .6rem; margin: 0 0 1.2rem; }
        .counts > div { background: var(--tint); border-radius: 6px; padding: .35rem .8rem .4rem; min-width: 7.5rem; }
        .counts dt { font-size: .75rem; color: var(--muted); }
        .counts dd { margin: 0; font-size: 1.4rem; font-weight: 650; font-variant-numeric: tabular-nums; }
        .counts .error dd { color: var(--error); } .counts .warning dd { color: var(--warning); }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; align-items: flex-start; }
        .charts figure { margin: 0; }
        .charts figure#confidence { width: 340px; }
        .charts figcaption { font-size: .82rem; color: var(--muted); margin-bottom: .3rem; max-width: 30rem; }
        .chart-label, .chart-value { font-size: 12px; fill: #3a3d42; font-family: inherit; }
        rect.error { fill: var(--error); } rect.warning { fill: var(--warning); } rect.info { fill: var(--info); }
        rect.check { fill: #5c6b7a; } rect.sure { fill: #5b8c6e; } rect.low { fill: #d08a2c; }
        rect.accepted { fill: var(--accepted); } rect.keptSource { fill: #a9adb4; } rect.forbidden { fill: var(--error); }
        rect.missing { fill: #e4d2a8; }
        .legend { font-size: .85rem; color: var(--muted); margin: 0 0 .5rem; }
        .term-scroll { max-height: 24rem; overflow: auto; border: 1px solid var(--rule); border-radius: 6px; }
        table.terms { border-collapse: collapse; width: 100%; font-size: .88rem; }
        table.terms th { position: sticky; top: 0; background: var(--tint); text-align: left; font-weight: 600;
          padding: .3rem .6rem; font-size: .78rem; color: var(--muted); }
        table.terms td { padding: .22rem .6rem; border-top: 1px solid var(--rule); vertical-align: middle; }
        table.terms .num { text-align: right; font-variant-numeric: tabular-nums; }
        table.terms tr.has-forbidden td:first-child { box-shadow: inset 3px 0 var(--error); }
        button.term { border: 0; background: none; padding: 0; color: var(--said); font-weight: 600; text-align: left; }
        button.term:hover { text-decoration: underline; }
        .r { display: inline-block; border-radius: 4px; padding: 0 .4rem; margin: .08rem .1rem; font-size: .85rem;
          white-space: nowrap; border: 1px solid transparent; }
        .r b { font-weight: 600; font-variant-numeric: tabular-nums; margin-left: .15rem; }
        .r.accepted { background: #e3f2e8; color: #1f5a37; } .r.accepted::before { content: "✓ "; }
        .r.keptSource { background: #eef0f2; color: #4b5058; }
        .r.forbidden { background: #fde2de; color: #8c1d16; border-color: #f2b3aa; } .r.forbidden::before { content: "✗ "; }
        .r.missing { background: #fbf3e0; color: #7a5a12; }
        .badge { display: inline-block; min-width: 4.8em; text-align: center; color: #fff; border-radius: 3px;
          padding: 0 .3rem; font-size: .68rem; line-height: 1.5; text-transform: uppercase; letter-spacing: .04em;
          vertical-align: .1em; }
        .badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
        .badge.info { background: var(--info); }
        #toolbar { position: sticky; top: 0; z-index: 2; background: rgba(255, 255, 255, .97); margin: 1.6rem -1.5rem 0;
          padding: .55rem 1.5rem .35rem; border-bottom: 1px solid #d5d8dc; box-shadow: 0 2px 6px rgba(0, 0, 0, .04);
          display: flex; flex-wrap: wrap; align-items: center; gap: .45rem 1rem; font-size: .88rem; }
        #toolbar input[type=search] { font: inherit; width: 15rem; padding: .28rem .6rem; border: 1px solid #b9bec5;
          border-radius: 6px; }
        #toolbar select { font: inherit; padding: .2rem .3rem; border: 1px solid #b9bec5; border-radius: 6px;
          background: #fff; max-width: 12rem; }
        #toolbar fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .7rem; }
        #toolbar legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .sev .count { color: var(--muted); font-variant-numeric: tabular-nums; }
        .nav button { border: 1px solid #b9bec5; background: #fff; border-radius: 6px; width: 2rem; padding: .1rem 0; }
        .nav button:hover { background: var(--tint); }
        #toggle-summary { border: 1px solid #b9bec5; background: #fff; border-radius: 6px; padding: 0 .5rem;
          font-size: .76rem; }
        body.pairs-view #summary, body.pairs-view #terms, body.pairs-view #findings-index, body.pairs-view #least-adequate { display: none; }
        body.pairs-view #toolbar { margin-top: .6rem; }
        #status { color: var(--ink); font-variant-numeric: tabular-nums; margin-left: auto; font-size: .82rem; }
        .keys { flex-basis: 100%; display: flex; flex-wrap: wrap; align-items: center; gap: .3rem 1rem;
          font-size: .76rem; color: var(--muted); }
        .keys p { margin: 0; }
        #document-findings { margin-top: 1.4rem; }
        #document-findings summary { cursor: pointer; }
        #document-findings h2 { display: inline; }
        #document-findings .count { color: var(--muted); font-weight: 400; }
        #document-findings .findings { font-size: .85rem; max-height: 20rem; overflow: auto; margin-top: .4rem; }
        body.pairs-view #document-findings { display: none; }
        #findings-index, #least-adequate { margin: .8rem 0 0; font-size: .88rem; }
        #findings-index summary, #least-adequate summary { cursor: pointer; color: var(--muted); }
        #findings-index table, #least-adequate table { border-collapse: collapse; width: 100%; margin-top: .4rem; }
        #least-adequate .meta { color: var(--muted); margin: .3rem 0; }
        #findings-index td, #findings-index th, #least-adequate td, #least-adequate th { text-align: left; vertical-align: top; padding: .15rem .6rem .15rem 0;
          border-bottom: 1px solid var(--rule); }
        .columns, .pair { display: grid; grid-template-columns: 3.4rem minmax(0, 1fr) minmax(0, 1fr); gap: 0 1.4rem; }
        .columns { font-size: .75rem; color: var(--muted); padding: .7rem 0 .3rem; text-transform: uppercase;
          letter-spacing: .05em; }
        .pair { padding: .45rem 0; border-top: 1px solid var(--rule); content-visibility: auto;
          contain-intrinsic-size: auto 4.5rem; }
        .pair[hidden], .findings li[hidden] { display: none; }
        .pair > .n { font-size: .72rem; color: var(--muted); text-align: right; font-variant-numeric: tabular-nums;
          line-height: 1.4; padding-top: .2rem; }
        .pair > .n a { color: inherit; text-decoration: none; }
        .pair > .n .score { display: block; opacity: .8; }
        .pair > .n .score.low { color: #a85f00; opacity: 1; font-weight: 600; }
        .pair > .n .adq { display: block; opacity: .6; }
        .pair > .n .adq.low { color: #b3261e; opacity: 1; font-weight: 600; }
        .side { overflow-wrap: anywhere; }
        .side[lang^=zh] { font-size: 1.02em; line-height: 1.75; }
        .ln { font-size: .68rem; color: #9a9ea5; margin-right: .45rem; font-variant-numeric: tabular-nums; }
        .speaker { display: block; font-weight: 650; font-size: .82rem; color: #2f4a6d; }
        .none { color: var(--muted); font-style: italic; font-size: .85rem; }
        .pair.turn { border-top-color: #c9ced6; padding-top: .7rem; }
        .pair.heading { border-top: 2px solid #c9ced6; padding-top: 1.1rem; }
        .pair.heading .text { font-size: 1.18rem; font-weight: 650; }
        .pair.unaligned { background: repeating-linear-gradient(135deg, #fff 0 8px, #fbf6ea 8px 16px); }
        .pair.has-f > .n a { color: var(--ink); font-weight: 650; }
        .text .mu { color: #8e949c; font-size: .84em; font-weight: 400; }
        .text code { font-size: .88em; background: #eef1f5; color: #22395a; border-radius: 3px; padding: .04em .28em; }
        .text .mu.keep { white-space: nowrap; }
        .fold { cursor: pointer; }
        .fold > span { display: none; }
        .fold::before { content: "…"; padding: 0 .32em; margin: 0 .05em; background: #eceef2; border-radius: 3px;
          color: #6b7079; }
        .fold:hover::before { background: #dfe3e9; }
        .fold.open > span { display: inline; }
        .fold.open::before { content: none; }
        mark { color: inherit; background: none; border-radius: 2px; }
        mark.term { text-decoration: underline 1.5px; text-underline-offset: .22em; }
        mark.term.said { text-decoration-color: var(--said); text-decoration-style: dotted; }
        mark.term.accepted { text-decoration-color: var(--accepted); }
        mark.term.keptSource { text-decoration-color: var(--kept); text-decoration-style: dotted; }
        mark.term.forbidden { text-decoration-color: var(--error); text-decoration-style: wavy; }
        mark.fx { cursor: pointer; padding: .05em 0; }
        mark.fx.error { background: #ffd6cf; } mark.fx.warning { background: #ffe6b3; } mark.fx.info { background: #d6e6fb; }
        mark.current { outline: 2px solid var(--ink); outline-offset: 1px; }
        ::highlight(search) { background-color: #fff06a; color: inherit; }
        .findings { grid-column: 2 / 4; list-style: none; margin: .3rem 0 .1rem; padding: 0; font-size: .85rem; }
        .findings li { margin: .12rem 0; padding: .05rem .4rem; border-left: 3px solid transparent; border-radius: 2px; }
        .findings li.current { border-left-color: var(--ink); background: #f1f3f6; }
        .findings code, #findings-index code { color: #3a3d42; }
        #no-match { color: var(--muted); padding: 2rem 0; text-align: center; }
        :target { outline: 2px solid var(--info); outline-offset: 2px; }
        @media (max-width: 800px) {
          body { padding: 0 .8rem 4rem; }
          .columns { display: none; }
          .pair { grid-template-columns: minmax(0, 1fr); }
          .pair > .n { text-align: left; }
          .findings { grid-column: 1; }
          #toolbar { margin: 1rem -.8rem 0; padding: .5rem .8rem; }
        }
        @media print {
          body { max-width: none; font-size: 9.5pt; padding: 0; }
          #toolbar, #findings-index, .keys, #no-match { display: none; }
          body.pairs-view #summary, body.pairs-view #terms { display: block; }
          .term-scroll, #document-findings .findings { max-height: none; overflow: visible; border: 0; }
          #summary, #terms { break-after: avoid; }
          #pairs { break-before: page; }
          .pair, .pair[hidden] { display: grid; content-visibility: visible; break-inside: avoid; }
          .findings li[hidden] { display: list-item; }
          .pair.heading { break-after: avoid; }
          .pair.unaligned { background: none; border-left: 3px solid #d9b36c; }
          .badge, mark, rect, .r, .counts > div { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          mark.current { outline: 0; }
        }
        """

    /// Search, filters by severity, check and term, finding navigation, keys, and opening a
    /// collapsed link target on a click. The state it reaches is written to `<body>` as data
    /// attributes (`data-ready`, `data-visible-pairs`, …), which is what the browser test reads.
    /// Filtering reads no layout and writes only the elements whose visibility changes; one
    /// listener per event type serves the whole page.
    static let script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("report-data").textContent);
          var form = document.getElementById("toolbar");
          var search = document.getElementById("q");
          var checkSelect = document.getElementById("check");
          var termSelect = document.getElementById("term");
          var only = document.getElementById("only");
          var orderSelect = document.getElementById("order");
          var status = document.getElementById("status");
          var noMatch = document.getElementById("no-match");
          var pairs = document.querySelectorAll("#pairs > .pair");
          var items = document.querySelectorAll("#pairs li.f");
          var findings = data.findings.map(function (f, k) {
            return { number: f[0], pair: f[1], check: data.checks[f[2]], severity: data.severities[f[3]], item: items[k] };
          });
          var byNumber = {};
          findings.forEach(function (f, k) { byNumber[f.number] = k; });
          var termPairs = data.terms.map(function () { return {}; });
          data.pairTerms.forEach(function (row) {
            for (var t = 1; t < row.length; t++) { termPairs[row[t]][row[0]] = true; }
          });
          var pairText = null;
          var order = [];
          var current = -1;
          var pairShown = new Uint8Array(pairs.length).fill(1);
          var itemShown = new Uint8Array(findings.length).fill(1);

          function textOf(pair) {
            var parts = pair.querySelectorAll(".text");
            var text = "";
            for (var s = 0; s < parts.length; s++) { text += parts[s].textContent + "\\n"; }
            return text.toLowerCase();
          }

          function apply() {
            var severities = {};
            form.querySelectorAll("input[data-sev]").forEach(function (box) { severities[box.getAttribute("data-sev")] = box.checked; });
            var check = checkSelect.value;
            var term = termSelect && termSelect.value !== "" ? termPairs[+termSelect.value] : null;
            var query = search.value.trim().toLowerCase();
            if (query && !pairText) { pairText = Array.prototype.map.call(pairs, textOf); }
            var pairOk = new Uint8Array(pairs.length);
            for (var i = 0; i < pairs.length; i++) {
              pairOk[i] = (!term || term[i]) && (!query || pairText[i].indexOf(query) >= 0) ? 1 : 0;
            }
            var visibleFindings = new Uint16Array(pairs.length);
            order = [];
            findings.forEach(function (f, k) {
              var ok = pairOk[f.pair] && severities[f.severity] && (!check || check === f.check) ? 1 : 0;
              if (ok !== itemShown[k]) { f.item.hidden = !ok; itemShown[k] = ok; }
              if (ok) { visibleFindings[f.pair]++; order.push(k); }
            });
            var shownPairs = 0;
            for (var p = 0; p < pairs.length; p++) {
              var show = pairOk[p] && (!only.checked || visibleFindings[p] > 0) ? 1 : 0;
              if (show !== pairShown[p]) { pairs[p].hidden = !show; pairShown[p] = show; }
              shownPairs += show;
            }
            noMatch.hidden = shownPairs > 0;
            status.textContent = shownPairs + " of " + pairs.length + " pairs · " + order.length + " of " +
              findings.length + " findings on pairs";
            var body = document.body.dataset;
            body.visiblePairs = shownPairs;
            body.visibleFindings = order.length;
            highlight(query);
          }

          // Document order, or the pairs ranked by adequacy (unranked pairs after them).
          function reorder() {
            var list = Array.prototype.slice.call(pairs);
            if (orderSelect.value === "adequacy") {
              var listed = new Uint8Array(pairs.length);
              data.adequacy.forEach(function (index) { listed[index] = 1; });
              list = data.adequacy.map(function (index) { return pairs[index]; })
                .concat(list.filter(function (pair, index) { return !listed[index]; }));
            }
            var fragment = document.createDocumentFragment();
            list.forEach(function (pair) { fragment.appendChild(pair); });
            noMatch.parentNode.insertBefore(fragment, noMatch);
            document.body.dataset.order = orderSelect.value || "document";
          }

          function highlight(query) {
            if (!window.CSS || !CSS.highlights || typeof Highlight !== "function") { return; }
            CSS.highlights.delete("search");
            var count = 0;
            if (query) {
              var ranges = [];
              for (var p = 0; p < pairs.length && ranges.length < 2000; p++) {
                if (!pairShown[p] || pairText[p].indexOf(query) < 0) { continue; }
                pairs[p].querySelectorAll(".text").forEach(function (part) {
                  var walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
                  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                    var text = node.data.toLowerCase();
                    for (var at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) {
                      var range = new Range();
                      range.setStart(node, at);
                      range.setEnd(node, at + query.length);
                      ranges.push(range);
                    }
                  }
                });
              }
              count = ranges.length;
              CSS.highlights.set("search", new Highlight(...ranges));
            }
            document.body.dataset.searchMatches = count;
          }

          function select(k, scroll) {
            document.querySelectorAll(".current").forEach(function (element) { element.classList.remove("current"); });
            current = k;
            if (k < 0) { return; }
            var f = findings[k];
            var pair = pairs[f.pair];
            f.item.classList.add("current");
            pair.querySelectorAll("mark[data-f]").forEach(function (mark) {
              if ((" " + mark.getAttribute("data-f") + " ").indexOf(" " + f.number + " ") >= 0) { mark.classList.add("current"); }
            });
            if (scroll) { pair.scrollIntoView({ block: "center" }); }
            history.replaceState(null, "", "#f" + f.number);
            document.body.dataset.current = f.number;
          }

          function step(direction) {
            if (!order.length) { return; }
            var position = order.indexOf(current);
            if (position < 0) {
              var top = 0;
              position = direction > 0 ? -1 : order.length;
              for (var o = 0; o < order.length; o++) {
                top = findings[order[o]].item.getBoundingClientRect().top;
                if (top > 120) { position = direction > 0 ? o - 1 : o; break; }
              }
            }
            position = Math.min(order.length - 1, Math.max(0, position + direction));
            select(order[position], true);
          }

          function reveal(number) {
            var k = byNumber[number];
            if (k === undefined) { return false; }
            if (!itemShown[k] || !pairShown[findings[k].pair]) { clear(); }
            select(k, true);
            return true;
          }

          function toggleSummary() {
            var hidden = document.body.classList.toggle("pairs-view");
            document.getElementById("toggle-summary").textContent = hidden ? "show summary" : "hide summary";
          }

          function clear() {
            search.value = "";
            checkSelect.value = "";
            if (termSelect) { termSelect.value = ""; }
            only.checked = false;
            form.querySelectorAll("input[data-sev]").forEach(function (box) { box.checked = true; });
            apply();
          }

          var pending = 0;
          form.addEventListener("input", function (event) {
            if (event.target === orderSelect) { reorder(); return; }
            clearTimeout(pending);
            pending = setTimeout(apply, event.target === search ? 150 : 0);
          });
          form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
          document.addEventListener("click", function (event) {
            var target = event.target.closest("mark[data-f], a[href^='#f'], button.term, #prev, #next, #toggle-summary, li.f, .fold");
            if (!target) { return; }
            if (target.matches(".fold")) { target.classList.toggle("open"); return; }
            if (target.id === "toggle-summary") { toggleSummary(); return; }
            if (target.id === "prev" || target.id === "next") { step(target.id === "next" ? 1 : -1); return; }
            if (target.matches("button.term")) {
              if (termSelect) { termSelect.value = target.getAttribute("data-term"); }
              apply();
              form.scrollIntoView();
              return;
            }
            if (target.matches("li.f")) { select(byNumber[+target.id.slice(1)], false); return; }
            var number = target.matches("a") ? +target.getAttribute("href").slice(2) : +target.getAttribute("data-f").split(" ")[0];
            if (reveal(number)) { event.preventDefault(); }
          });
          document.addEventListener("keydown", function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) { return; }
            var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement && document.activeElement.tagName);
            if (event.key === "Escape") {
              clear();
              select(-1, false);
              if (typing) { document.activeElement.blur(); }
              return;
            }
            if (typing) { return; }
            if (event.key === "/") { event.preventDefault(); search.focus(); search.select(); }
            else if (event.key === "j") { step(1); }
            else if (event.key === "k") { step(-1); }
            else if (event.key === "s") { toggleSummary(); }
          });
          window.addEventListener("beforeprint", function () {
            select(-1, false);
            var documentWide = document.querySelector("#document-findings details");
            if (documentWide) { documentWide.open = true; }
          });

          var query = new URLSearchParams(location.search);
          if (query.has("q")) { search.value = query.get("q"); }
          if (query.has("check")) { checkSelect.value = query.get("check"); }
          if (termSelect && query.has("term")) {
            var row = data.terms.indexOf(query.get("term"));
            if (row >= 0) { termSelect.value = String(row); }
          }
          if (query.has("severity")) {
            var wanted = query.get("severity").split(",");
            form.querySelectorAll("input[data-sev]").forEach(function (box) { box.checked = wanted.indexOf(box.getAttribute("data-sev")) >= 0; });
          }
          only.checked = query.get("only") === "1";
          if (query.get("order") === "adequacy") { orderSelect.value = "adequacy"; reorder(); }
          if (query.get("summary") === "0") { toggleSummary(); }
          var started = performance.now();
          apply();
          document.body.dataset.applyMs = Math.round(performance.now() - started);
          var start = /^#f(\\d+)$/.exec(location.hash);
          if (start) { reveal(+start[1]); }
          var body = document.body.dataset;
          body.pairs = pairs.length;
          body.findings = findings.length;
          body.marks = document.querySelectorAll("#pairs mark.fx").length;
          body.termMarks = document.querySelectorAll("#pairs mark.term").length;
          body.ready = "1";
        })();
        """
}
