import CoopModel

/// The few words of the diagrams that are not in the knowledge base, in the three languages.
enum Wording {
    case legend, nodeTypes, relationTypes, sources, facts

    /// The word in `language`.
    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.legend, .fr): "Légende"
        case (.legend, .en): "Legend"
        case (.legend, .ar): "مفتاح الرموز"
        case (.nodeTypes, .fr): "Entités"
        case (.nodeTypes, .en): "Entities"
        case (.nodeTypes, .ar): "الكيانات"
        case (.relationTypes, .fr): "Relations"
        case (.relationTypes, .en): "Relations"
        case (.relationTypes, .ar): "العلاقات"
        case (.sources, .fr): "Sources"
        case (.sources, .en): "Sources"
        case (.sources, .ar): "المصادر"
        case (.facts, .fr): "faits"
        case (.facts, .en): "facts"
        case (.facts, .ar): "وقائع"
        }
    }
}
