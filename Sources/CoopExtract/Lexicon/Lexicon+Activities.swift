import CoopModel
import Yams

extension Lexicon {
    /// The words of `activities.yaml`: how reports describe a cooperation activity that no
    /// programme name names ("la coopération porte sur le renforcement des capacités …").
    public struct Activities: Sendable, Hashable {
        /// A noun of action opening an activity's noun phrase, with the programme kind it gets.
        public struct Nominal: Sendable, Hashable {
            public var words: String
            public var kind: String
        }

        public var nominals: [Nominal] = []
        /// Verb phrases after which the activity's noun phrase comes ("porte sur", "concerne").
        public var cues: [String] = []
        /// Words allowed between or after a cue's words ("essentiellement", ",").
        public var fillers: [String] = []
        /// Subjects ("efforts", "actions") whose purpose phrase ("pour la …") states an activity.
        public var purposeSubjects: [String] = []
        public var purposeCues: [String] = []
        /// What ends an activity's noun phrase besides punctuation ("à travers", "dont").
        public var phraseStops: [String] = []
        /// "La coopération technique s'effectue …": nouns and verbs of a sentence about the cooperation as a whole.
        public var umbrellaNouns: [String] = []
        public var umbrellaVerbs: [String] = []
        /// Words between "sous" and a body that make it run ("impulsion") or monitor ("suivi") the whole.
        public var umbrellaRunnerMarkers: [String] = []
        public var umbrellaMonitorMarkers: [String] = []
        /// Phrases before the agreements an umbrella sentence puts the cooperation under ("dans le cadre de").
        public var umbrellaFrameMarkers: [String] = []

        public init() {}

        /// Reads the lists of `activities.yaml` (`file` names it in errors).
        init(_ root: Node, file: String) throws(ExtractError) {
            for item in YAMLReading.items(root["nominals"]) {
                guard let words = YAMLReading.string(item["words"]) else {
                    throw ExtractError(file: file, line: YAMLReading.line(item), "an activity nominal needs `words` (and a `kind`)")
                }
                nominals.append(Nominal(words: words, kind: YAMLReading.string(item["kind"]) ?? "programme"))
            }
            cues = YAMLReading.strings(root["cues"])
            fillers = YAMLReading.strings(root["fillers"])
            purposeSubjects = YAMLReading.strings(root["purpose_subjects"])
            purposeCues = YAMLReading.strings(root["purpose_cues"])
            phraseStops = YAMLReading.strings(root["phrase_stops"])
            umbrellaNouns = YAMLReading.strings(root["umbrella_nouns"])
            umbrellaVerbs = YAMLReading.strings(root["umbrella_verbs"])
            umbrellaRunnerMarkers = YAMLReading.strings(root["umbrella_runner_markers"])
            umbrellaMonitorMarkers = YAMLReading.strings(root["umbrella_monitor_markers"])
            umbrellaFrameMarkers = YAMLReading.strings(root["umbrella_frame_markers"])
        }
    }
}
