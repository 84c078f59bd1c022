import BundledThemes
import Foundation
import ReaderUI
import CorpusStore
import Testing
import TestSupport

struct ThemeTests {
    let catalog = ThemeCatalog(folders: [BundledThemes.url!])

    static let shippedNames = ["default", "dark", "light", "solarized-dark", "solarized-light", "gruvbox-dark", "nord",
                               "high-contrast", "monochrome"]

    @Test func everyRequiredThemeShips() {
        #expect(Set(catalog.entries().map(\.name)).isSuperset(of: Self.shippedNames))
    }

    @Test(arguments: shippedNames)
    func themeLoadsAndResolvesEveryRole(name: String) throws {
        let theme = try catalog.load(name)
        for role in Role.themed {
            for depth in ColorDepth.allCases {
                let style = theme.terminalStyle(role, depth: depth)
                if depth == .monochrome {
                    #expect(style.foreground == nil && style.background == nil)
                }
            }
        }
        // Selection and focus stay visible without colour.
        for role in [Role.listSelected, .linkFocused] {
            let mono = theme.terminalStyle(role, depth: .monochrome)
            #expect(!mono.attributes.isDisjoint(with: [.reverse, .underline]), "\(name) \(role) invisible in mono")
            #expect(mono != theme.terminalStyle(.listRow, depth: .monochrome))
        }
    }

    @Test func colourNamesParse() {
        #expect(ThemeColor(name: "default") == .terminalDefault)
        #expect(ThemeColor(name: "bright-red") == .ansi(9))
        #expect(ThemeColor(name: "BrightRed") == .ansi(9))
        #expect(ThemeColor(name: "#ff8000") == .rgb(red: 255, green: 128, blue: 0))
        #expect(ThemeColor(name: "200") == .indexed(200))
        #expect(ThemeColor(name: "3") == .ansi(3))
        #expect(ThemeColor(name: "#12345") == nil)
        #expect(ThemeColor(name: "chartreuse") == nil)
    }

    @Test func colourMappingStepsDown() {
        let orange = ThemeColor.rgb(red: 255, green: 135, blue: 0)
        #expect(ColorMapping.map(orange, to: .direct) == .rgb(red: 255, green: 135, blue: 0))
        #expect(ColorMapping.map(orange, to: .palette256) == .index(208))
        #expect(ColorMapping.map(orange, to: .sixteen) == .index(3))
        #expect(ColorMapping.map(orange, to: .eight) == .index(3))
        #expect(ColorMapping.map(orange, to: .monochrome) == nil)
        // Greys go to the grey ramp, pure colours to the cube.
        #expect(ColorMapping.map(.rgb(red: 0x80, green: 0x80, blue: 0x80), to: .palette256) == .index(244))
        #expect(ColorMapping.map(.rgb(red: 0, green: 0, blue: 0xff), to: .palette256) == .index(21))
        #expect(ColorMapping.map(.rgb(red: 0x1c, green: 0x1c, blue: 0x1c), to: .palette256) == .index(234))
        // Palette indices and bright ANSI colours fall back too.
        #expect(ColorMapping.map(.indexed(196), to: .sixteen) == .index(9))
        #expect(ColorMapping.map(.ansi(12), to: .eight) == .index(4))
        #expect(ColorMapping.map(.terminalDefault, to: .eight) == .terminalDefault)
    }

    @Test func depthDetection() {
        #expect(ColorDepth.detect(colors: 256, directColor: false, noColor: false) == .palette256)
        #expect(ColorDepth.detect(colors: 8, directColor: false, noColor: false) == .eight)
        #expect(ColorDepth.detect(colors: 256, directColor: true, noColor: false) == .direct)
        #expect(ColorDepth.detect(colors: 256, directColor: true, noColor: true) == .monochrome)
        #expect(ColorDepth.detect(colors: 0, directColor: false, noColor: false) == .monochrome)
    }

    @Test func inheritanceOverridesOnlyWhatItNames() throws {
        let folder = try themeFolder([
            "base.toml": "[header]\nfg = \"red\"\nattrs = [\"bold\"]\n[link]\nfg = \"blue\"\n",
            "child.toml": "inherit = \"base\"\n[link]\nfg = \"green\"\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let child = try ThemeCatalog(folders: [folder]).load("child")
        #expect(child.style(.header) == RoleStyle(foreground: .ansi(1), attributes: [.bold]))
        #expect(child.style(.link).foreground == .ansi(2))
    }

    @Test func brokenThemesNameFileLineAndWhatWasExpected() throws {
        let cases: [(String, String, Int?, String)] = [
            ("bad-toml.toml", "[header\nfg = 1\n", 1, "not valid TOML"),
            ("bad-role.toml", "description = \"x\"\n\n[headr]\nfg = \"red\"\n", 3, "unknown role headr"),
            ("bad-colour.toml", "[header]\nattrs = [\"bold\"]\nfg = \"chartreuse\"\n", 3, "bad colour for fg in [header]"),
            ("bad-attr.toml", "[list.selected]\nattrs = [\"blink\"]\n", 2, "unknown attribute blink"),
            ("loop.toml", "inherit = \"loop\"\n", nil, "inherit loops back"),
        ]
        let folder = try themeFolder(Dictionary(uniqueKeysWithValues: cases.map { ($0.0, $0.1) }))
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = ThemeCatalog(folders: [folder])
        for (file, _, line, message) in cases {
            do {
                _ = try catalog.load(String(file.dropLast(5)))
                Issue.record("\(file) loaded")
            } catch {
                #expect(error.path.hasSuffix(file))
                #expect(error.line == line, "\(file): \(error)")
                #expect(error.message.contains(message), "\(file): \(error)")
            }
        }
        #expect(throws: ConfigError.self) { try catalog.load("no-such-theme") }
    }

    @Test func userThemesHideShippedOnes() throws {
        let folder = try themeFolder(["nord.toml": "description = \"mine\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = ThemeCatalog(folders: [folder, BundledThemes.url!])
        #expect(try catalog.load("nord").description == "mine")
        #expect(catalog.entries().filter { $0.name == "nord" }.count == 1)
    }

    private func themeFolder(_ files: [String: String]) throws -> URL {
        let folder = TestPaths.temporaryFolder("themes")
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }
}

/// NO_COLOR is read in one place, for the reader and for `lede themes` alike.
@Suite struct NoColorTests {
    @Test func setAndNotEmptyMeansNoColourEverywhere() {
        #expect(ConfigPaths.noColorRequested(["NO_COLOR": "1"]))
        #expect(!ConfigPaths.noColorRequested(["NO_COLOR": ""]), "empty counts as unset (no-color.org)")
        #expect(!ConfigPaths.noColorRequested([:]))
        #expect(ThemeSwatch.depthFromEnvironment(["TERM": "xterm-256color", "NO_COLOR": "yes"]) == .monochrome)
        #expect(ThemeSwatch.depthFromEnvironment(["TERM": "xterm-256color"]) != .monochrome)
    }
}
