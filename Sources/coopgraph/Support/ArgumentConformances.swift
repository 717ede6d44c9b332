import ArgumentParser
import CoopModel
import CoopQuery

// Library enums used directly as option values; their raw values are what users type.
extension ResultFormat: ExpressibleByArgument {}
extension RankMeasure: ExpressibleByArgument {}
