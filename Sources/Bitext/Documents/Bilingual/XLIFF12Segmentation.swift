/// XLIFF 1.2 segmentation: a `<seg-source>` (and a `<target>`) cut into segments by
/// `<mrk mtype="seg" mid="…">`, the text between them belonging to no segment. Read, each
/// segment becomes a pair and the text between becomes the `<ignorable>`s of
/// `UnitSegmentInfo`, as in XLIFF 2; written, the pairs of a unit go back into one
/// `<trans-unit>` with its `<seg-source>`.
enum XLIFF12Segmentation {
    /// Content read with its codes, one `InlineCode.marker` per code.
    struct Piece: Equatable {
        var text = ""
        var codes: [InlineCode] = []
        var isEmpty: Bool { text.isEmpty && codes.isEmpty }
    }

    /// Segments with their `mid`, and the content around them: `gaps[i]` comes before
    /// segment `i`, the last gap after the last segment.
    struct Segmented {
        var segments: [(mid: String?, content: Piece)]
        var gaps: [Piece]
    }

    static func isSegmentMarker(_ code: InlineCode) -> Bool {
        code.origin == .xliff12 && code.element == "mrk" && code.role == .annotationStart && code.attributes["mtype"] == "seg"
    }

    /// Cuts content at its top-level segment markers; nil when it has none.
    static func split(_ text: String, codes: [InlineCode]) -> Segmented? {
        guard codes.contains(where: isSegmentMarker) else { return nil }
        var result = Segmented(segments: [], gaps: [])
        var current = Piece()
        var segmentID: String?
        var inSegment = false
        /// `mrk`s open inside the current segment, whose ends are not the segment's end.
        var nested = 0
        var next = 0
        for scalar in text.unicodeScalars {
            guard scalar == InlineCode.marker, next < codes.count else {
                current.text.unicodeScalars.append(scalar)
                continue
            }
            let code = codes[next]
            next += 1
            if !inSegment, isSegmentMarker(code) {
                result.gaps.append(current)
                current = Piece()
                inSegment = true
                nested = 0
                segmentID = code.attributes["mid"]
                continue
            }
            if inSegment, code.element == "mrk", code.origin == .xliff12 {
                if code.role == .annotationStart {
                    nested += 1
                } else if code.role == .annotationEnd {
                    if nested == 0 {
                        result.segments.append((segmentID, current))
                        current = Piece()
                        inSegment = false
                        continue
                    }
                    nested -= 1
                }
            }
            current.text.unicodeScalars.append(scalar)
            current.codes.append(code)
        }
        if inSegment {
            // A segment marker that never closed (only hand-built codes can do that).
            result.segments.append((segmentID, current))
            result.gaps.append(Piece())
        } else {
            result.gaps.append(current)
        }
        return result
    }
}
