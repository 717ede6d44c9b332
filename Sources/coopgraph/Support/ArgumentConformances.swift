import ArgumentParser
import CoopModel
import CoopQuery

// Library enums used directly as option values; their raw values are what users type.
extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension RankMeasure: ExpressibleByArgument {}
