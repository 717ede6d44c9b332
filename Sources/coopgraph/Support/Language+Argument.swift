import ArgumentParser
import CoopModel

/// `--lang fr|en|ar`.
extension Language: ExpressibleByArgument {}
