import CoopModel

/// The three cell caches of a Neo4j CSV file's payload columns (properties, dates, sources):
/// rows spelled alike share their parsed values (parsed once, stored once). `NodeRows` and
/// `RelationshipRows` each hold one.
struct PayloadCaches {
    var properties = CellCache<[String: PropertyValue]>()
    var dates = CellCache<[DatedRole]>()
    var sources = CellCache<[SourceRef]>()

    /// Points each cache at its columns, once the header is read.
    mutating func use(_ layout: ColumnLayout) {
        (properties.columns, dates.columns, sources.columns) = (layout.propertyColumns, layout.dateColumns, layout.sourceColumns)
    }
}
