/// The static `index.html`: overview, every window's map with a time slider and play button, and a table
/// of each window's events linking to its GeoJSON. Self-contained (inline CSS and script), so it works from
/// `file://` without a network. The markup is also well-formed XML (polyglot HTML), so XML tools can check it.
public enum IndexPage {
    public struct EventRow: Hashable, Sendable {
        public var id: String
        public var date: String
        public var type: String
        public var outcome: String
        public var place: String

        public init(id: String, date: String, type: String, outcome: String, place: String) {
            self.id = id
            self.date = date
            self.type = type
            self.outcome = outcome
            self.place = place
        }
    }

    public struct WindowEntry: Hashable, Sendable {
        public var label: String
        public var title: String
        public var eventCount: Int
        /// Paths relative to index.html.
        public var mapPath: String
        public var geojsonPath: String
        public var events: [EventRow]

        public init(label: String, title: String, eventCount: Int, mapPath: String, geojsonPath: String, events: [EventRow]) {
            self.label = label
            self.title = title
            self.eventCount = eventCount
            self.mapPath = mapPath
            self.geojsonPath = geojsonPath
            self.events = events
        }
    }

    public static func html(title: String, overviewPath: String, windows: [WindowEntry], language: MapLanguage) -> String {
        let fr = language == .fr
        func e(_ s: String) -> String { SVGText.escape(s) }
        var out = """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(e(title))</title>
        <style>
        body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;margin:0 auto;max-width:1240px;padding:0 16px;color:#222}
        h1{font-size:26px;margin:18px 0 6px}h2{font-size:19px;margin:22px 0 8px}
        object,img{width:100%;height:auto;border:1px solid #ccc;display:block}
        .controls{display:flex;gap:12px;align-items:center;margin:10px 0;position:sticky;top:0;background:#fff;padding:6px 0}
        .controls input{flex:1}.controls button{font-size:15px;padding:4px 14px}
        .window{display:none}.window.current{display:block}
        table{border-collapse:collapse;width:100%;font-size:13px;margin:10px 0 24px}
        th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}th{background:#f3f1ec}
        </style>
        </head>
        <body>
        <h1>\(e(title))</h1>
        <h2>\(fr ? "Vue d’ensemble" : "Overview")</h2>
        <object type="image/svg+xml" data="\(e(overviewPath))"><img src="\(e(overviewPath))" alt="\(fr ? "Carte d’ensemble" : "Overview map")"/></object>
        <h2>\(fr ? "Par période" : "By period")</h2>
        <div class="controls">
        <button id="play" type="button" aria-label="\(fr ? "Lecture" : "Play")">▶</button>
        <input id="slider" type="range" min="0" max="\(max(windows.count - 1, 0))" value="0" step="1" aria-label="\(fr ? "Période" : "Period")"/>
        <output id="current">\(e(windows.first?.title ?? ""))</output>
        </div>

        """
        let headers = fr ? ["Identifiant", "Date", "Type", "Issue", "Lieu"] : ["ID", "Date", "Type", "Outcome", "Place"]
        for (i, window) in windows.enumerated() {
            out += "<section class=\"window\(i == 0 ? " current" : "")\" id=\"w-\(e(window.label))\" data-label=\"\(e(window.label))\" data-title=\"\(e(window.title))\">\n"
            out += "<h3>\(e(window.title)) — \(e(Vocabulary.events(window.eventCount, language)))</h3>\n"
            out += "<object type=\"image/svg+xml\" data=\"\(e(window.mapPath))\"><img src=\"\(e(window.mapPath))\" alt=\"\(e(window.title))\"/></object>\n"
            out += "<p><a href=\"\(e(window.geojsonPath))\">\(fr ? "Événements (GeoJSON)" : "Events (GeoJSON)")</a></p>\n"
            out += "<table><thead><tr>" + headers.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>\n"
            for row in window.events {
                let cells = [row.id, row.date, Vocabulary.eventType(row.type, language), Vocabulary.outcome(row.outcome, language), row.place]
                out += "<tr>" + cells.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n"
            }
            out += "</tbody></table>\n</section>\n"
        }
        out += """
        <script>
        (function () {
          var sections = document.querySelectorAll("section.window");
          var slider = document.getElementById("slider");
          var current = document.getElementById("current");
          var play = document.getElementById("play");
          var timer = null;
          function show(i) {
            sections.forEach(function (s, k) { s.classList.toggle("current", k === i); });
            slider.value = i;
            if (sections[i]) current.textContent = sections[i].dataset.title;
          }
          slider.addEventListener("input", function () { show(Number(slider.value)); });
          play.addEventListener("click", function () {
            if (timer) { clearInterval(timer); timer = null; play.textContent = "▶"; return; }
            play.textContent = "❚❚";
            timer = setInterval(function () { show((Number(slider.value) + 1) % sections.length); }, 1500);
          });
        })();
        </script>
        </body>
        </html>

        """
        return out
    }
}
