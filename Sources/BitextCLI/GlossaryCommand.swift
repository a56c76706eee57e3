import ArgumentParser
import Bitext
import Foundation

/// `bitext glossary`: make, convert and validate term glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Extract, convert and validate term glossaries (CSV, TSV, TBX).",
        subcommands: [GlossaryExtractCommand.self, GlossaryConvertCommand.self, GlossaryValidateCommand.self]
    )
}

/// Prints diagnostics to standard error, where they do not mix with written output.
private func report(_ diagnostics: Diagnostics) {
    for item in diagnostics.items { Console.warn(item.description) }
}


struct GlossaryExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Draft a glossary (names, acronyms and their renderings) from a source document and its translation.")

    @Argument(help: "The source document (English, or Chinese: the terms are drawn English → Chinese either way).") var source: String
    @Argument(help: "Its translation.") var target: String
    @Option(name: .shortAndLong, help: "Write the glossary here (.csv, .tsv or .tbx); standard output (CSV) if absent.")
    var output: String?
    @Option(help: "Pairs a term must occur in to be proposed.") var minimumOccurrences = 3

    func validate() throws {
        if let output, GlossaryFormat.inferred(fromPath: output) == nil {
            throw ValidationError("cannot tell the glossary format of '\(output)'; use \(FileExtensions.glossary)")
        }
        guard minimumOccurrences >= 1 else { throw ValidationError("--minimum-occurrences must be at least 1") }
    }

    func run() throws {
        var diagnostics = Diagnostics()
        do {
            let glossary = try Auditor().extractGlossary(
                sourcePath: source, targetPath: target, extractor: GlossaryExtractor(minimumOccurrences: minimumOccurrences),
                diagnostics: &diagnostics)
            report(diagnostics)
            if let output {
                try GlossaryLoader.write(glossary, to: output, inputs: [source, target])
                Console.warn("wrote \(glossary.terms.count) terms to \(output)")
            } else {
                let data = try GlossaryLoader.encode(glossary, format: .csv, path: "<stdout>")
                try Console.write(data)
            }
        } catch let error as InputError {
            report(diagnostics)
            throw error
        }
    }
}

struct GlossaryConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a glossary between CSV, TSV and TBX, by file extension.")

    @Argument(help: "The glossary to read (.csv, .tsv, .tbx).") var input: String
    @Argument(help: "The glossary to write (.csv, .tsv, .tbx).") var output: String

    func validate() throws {
        for path in [input, output] where GlossaryFormat.inferred(fromPath: path) == nil {
            throw ValidationError("cannot tell the glossary format of '\(path)'; use \(FileExtensions.glossary)")
        }
    }

    func run() throws {
        var diagnostics = Diagnostics()
        do {
            let glossary = try GlossaryLoader.load(path: input, diagnostics: &diagnostics)
            report(diagnostics)
            try GlossaryLoader.write(glossary, to: output, inputs: [input])
            Console.warn("wrote \(glossary.terms.count) terms to \(output)")
        } catch let error as InputError {
            report(diagnostics)
            throw error
        }
    }
}

struct GlossaryValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that a glossary can be read and, with --schema, that a TBX file matches a RELAX NG schema.",
        discussion: "Exit status: 0 valid, 1 schema errors, 2 the glossary cannot be read.")

    @Argument(help: "The glossary to check (.csv, .tsv, .tbx).") var glossary: String
    @Option(help: "A RELAX NG schema to validate a TBX file against, e.g. TBXcoreStructV03_TBX-Basic_integrated.rng.")
    var schema: String?

    func validate() throws {
        if schema != nil, GlossaryFormat.inferred(fromPath: glossary) != .tbx {
            throw ValidationError("--schema applies to TBX glossaries only; '\(glossary)' is not a .tbx file")
        }
    }

    func run() throws {
        // Schema errors first: a file that breaks the schema is invalid (1) even where the
        // reader would also refuse it; a file that cannot be read at all is an input error (2).
        if let schema {
            let problems: [GlossarySchemaProblem]
            do {
                problems = try GlossaryLoader.validate(path: glossary, schema: schema)
            } catch let error as InputError {
                throw error
            }
            for problem in problems { print("\(problem.position): error: \(LineSafeText.escaping(problem.message))") }
            if !problems.isEmpty {
                Console.warn("\(glossary): \(problems.count) schema error\(problems.count == 1 ? "" : "s")")
                throw ExitCode(1)
            }
        }
        var diagnostics = Diagnostics()
        let terms: Glossary
        do {
            terms = try GlossaryLoader.load(path: glossary, diagnostics: &diagnostics)
        } catch let error as InputError {
            report(diagnostics)
            throw error
        }
        report(diagnostics)
        print("\(glossary): \(terms.terms.count) terms, valid")
    }
}
