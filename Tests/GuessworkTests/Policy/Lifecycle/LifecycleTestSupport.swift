import Foundation
import Testing

/// Parses an ISO 8601 instant such as `2024-03-31T00:00:00Z` for tests.
func instant(
  _ text: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Date {
  try #require(
    try? Date(text, strategy: .iso8601), "invalid test date \(text)",
    sourceLocation: sourceLocation)
}

/// Seconds in one day, written out so tests do not read it from the code
/// under test.
let day: TimeInterval = 86_400
