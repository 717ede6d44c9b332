/// A kind of Graphviz plugin, as `gvPluginList` names it.
public enum PluginKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Layout engines (dot, neato, …).
    case layout
    /// Output devices, i.e. output formats (svg, png, …).
    case device
    /// Renderers behind the devices (core, cairo, gd, …).
    case render
    /// Text measurement (pango); without it text sizes are guessed and bitmaps lack text.
    case textlayout
    /// Image loaders for `image` attributes.
    case loadimage

    /// Which Debian packages provide plugins of this kind.
    var installHint: String {
        let packages = switch self {
        case .layout:
            "The layout engines ship in Debian's libgvc6 (pulled in by graphviz and libgraphviz-dev)"
        case .device, .render:
            "The core formats (svg, dot, json, plain…) and the cairo formats (png, pdf…) ship in"
                + " Debian's libgvc6, gd formats too"
        case .textlayout:
            "The pango/cairo text layout plugin (libgvplugin_pango) ships in Debian's libgvc6"
        case .loadimage:
            "Image loaders ship in Debian's libgvc6"
        }
        return packages + ": run `apt-get install graphviz libgraphviz-dev libgvc6`."
            + " If they are installed, run `dot -c` as root to regenerate the plugin registry (config6a)."
    }
}
