import CoopDiagram
import CoopModel
import Foundation
import GraphvizKit
import Testing

/// The committed SVG and PNG files of `Graphs/`: reproducible, sized, and with real content.
@Suite struct RenderedOutputTests {
    @Test(arguments: Fixtures.viewNames)
    func committedFilesAreWhatRenderProduces(name: String) throws {
        for format in [DiagramFormat.svg, .png] {
            let committed = try Data(contentsOf: Fixtures.graphs.appendingPathComponent("\(name).\(format.rawValue)"))
            let fresh = try Fixtures.render(name, format)
            #expect(fresh == committed, "\(name).\(format.rawValue) differs from a fresh render: run `coopgraph render`")
        }
    }

    @Test(arguments: Fixtures.viewNames)
    func pngHasTheSizeOfTheSVGAtDefaultResolution(name: String) throws {
        let png = try Fixtures.render(name, .png)
        let size = try #require(Raster.pngSize(png))
        let svg = try #require(XMLTree.parse(try Fixtures.render(name, .svg)))
        // Graphviz writes the SVG size in points; PNG is at 96 dpi.
        let points = try #require(svg.attributes["width"].flatMap { Double($0.replacingOccurrences(of: "pt", with: "")) })
        #expect(abs(Double(size.width) - points * 96 / 72) <= 2)
        #expect(size.width >= 400 && size.height >= 300)
        // Pixels compress far worse than a blank page of the same size would.
        #expect(Raster.pngImageDataLength(png) > size.width * size.height / 40)
    }

    @Test func pngShowsTheStyleColoursOnAWhitePage() throws {
        let png = try Data(contentsOf: Fixtures.graphs.appendingPathComponent("04-dgpc-interventions.png"))
        let image = try #require(Raster.pngPixels(png))
        #expect(image.rgb.count == image.width * image.height)
        func near(_ pixel: (UInt8, UInt8, UInt8), _ hex: Int) -> Bool {
            abs(Int(pixel.0) - hex >> 16) < 12 && abs(Int(pixel.1) - (hex >> 8 & 0xFF)) < 12 && abs(Int(pixel.2) - (hex & 0xFF)) < 12
        }
        let vermillion = image.rgb.filter { near($0, 0xD55E00) }.count  // events
        let skyBlue = image.rgb.filter { near($0, 0x56B4E9) }.count  // countries
        let white = image.rgb.filter { near($0, 0xFFFFFF) }.count
        #expect(vermillion > 5_000)
        #expect(skyBlue > 2_000)
        #expect(white > image.rgb.count / 3 && white < image.rgb.count * 19 / 20)
    }

    @Test func pngRendersTheSameBytesTwice() throws {
        let first = try Fixtures.render("03-miclat-partners", .png, language: .ar)
        let second = try Fixtures.render("03-miclat-partners", .png, language: .ar)
        #expect(first == second)
    }
}

@Suite struct PDFTests {
    @Test func pdfRepeatsByteForByteWithAPinnedCreationDate() throws {
        let first = try Fixtures.render("04-dgpc-interventions", .pdf)
        Thread.sleep(forTimeInterval: 1.1)
        let second = try Fixtures.render("04-dgpc-interventions", .pdf)
        #expect(first == second)
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (D:19700101000000Z)"))
        #expect(first.starts(with: Array("%PDF-".utf8)))
    }
}
