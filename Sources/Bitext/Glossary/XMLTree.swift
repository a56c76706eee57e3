import CLibXML2
import Foundation

/// A few libxml2 tree operations, for XML bitext wrote itself (the test suite reads its
/// reports back with them). Input from users is read with `XMLStreamReader`, which never
/// builds a tree and refuses entity references.
///
/// Strings libxml2 returns are released with `free`: `xmlFree` is a mutable global that
/// Swift 6 will not touch, and bitext never installs other libxml2 allocators, so the
/// default one, `free`, is what `xmlFree` points to.
enum XMLTree {
    /// Parses with no network access and no entity substitution or DTD loading (libxml2 only
    /// does either when asked), and turns a parse failure into an `InputError` at its line.
    static func parse(_ data: Data, path: String) throws -> xmlDocPtr {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlResetLastError()
        let document = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(buffer.count), path, nil, options)
        }
        guard let document else {
            if let error = xmlGetLastError() {
                let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "not well-formed XML"
                throw InputError(
                    file: path, line: error.pointee.line > 0 ? Int(error.pointee.line) : nil,
                    column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil, message)
            }
            throw InputError(file: path, "empty or not XML")
        }
        return document
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func namespace(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    static func line(_ node: xmlNodePtr) -> Int {
        Int(xmlGetLineNo(node))
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    static func xmlLanguage(_ node: xmlNodePtr) -> String? {
        guard let value = xmlGetNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    /// The element's text content, inline markup flattened.
    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }

    static func children(of node: xmlNodePtr, named name: String? = nil) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, name == nil || self.name(current) == name {
                result.append(current)
            }
            child = current.pointee.next
        }
        return result
    }

    static func descendants(of node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        for child in children(of: node) {
            if self.name(child) == name { result.append(child) }
            result.append(contentsOf: descendants(of: child, named: name))
        }
        return result
    }
}
