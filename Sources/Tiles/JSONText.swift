/// A minimal JSON text builder for the metadata the writers emit, keys in the order given.
enum JSONText {
    indirect enum Value {
        case string(String)
        /// Already-formatted number text.
        case raw(String)
        case int(Int)
        case array([Value])
        case object([(String, Value)])
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .string(let s): return quote(s)
        case .int(let i): return String(i)
        case .raw(let text): return text
        case .array(let items): return "[" + items.map(render).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { quote($0.0) + ":" + render($0.1) }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func vectorLayers(_ layers: [VectorLayerInfo]) -> Value {
        .array(layers.map { layer in
            .object([
                ("id", .string(layer.id)),
                ("fields", .object(layer.fields.map { ($0.name, .string($0.type)) })),
                ("minzoom", .int(layer.minZoom)),
                ("maxzoom", .int(layer.maxZoom)),
            ])
        })
    }
}
