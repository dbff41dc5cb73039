/// What a check knows about the account besides the password.
///
/// Every field is optional; rules that need an absent field skip that part
/// of their check. Values are used for one check only and never stored.
public struct CheckContext: Sendable, Hashable {
  /// The account's user name.
  public var username: String?
  /// The account's email address; its local part (before the last `@`) is
  /// what passwords are compared with.
  public var email: String?
  /// The person's display name, such as `Ada Lovelace`.
  public var name: String?
  /// Other words that are weak for this account, such as the service name.
  public var userInputs: [String]

  public init(
    username: String? = nil, email: String? = nil, name: String? = nil, userInputs: [String] = []
  ) {
    self.username = username
    self.email = email
    self.name = name
    self.userInputs = userInputs
  }

  /// Every value with the field it came from, skipping empty ones.
  var fieldValues: [(field: UserDataField, value: String)] {
    var values: [(UserDataField, String)] = []
    if let username, !username.isEmpty { values.append((.username, username)) }
    if let local = emailLocalPart, !local.isEmpty { values.append((.email, local)) }
    if let name, !name.isEmpty { values.append((.name, name)) }
    values += userInputs.filter { !$0.isEmpty }.map { (.userInput, $0) }
    return values
  }

  /// The part of the email address before its last `@`, or the whole value
  /// when it has none.
  var emailLocalPart: String? {
    guard let email else { return nil }
    guard let at = email.lastIndex(of: "@") else { return email }
    return String(email[..<at])
  }

  /// Words the strength estimator treats as weak for this account: each
  /// value and its parts, and the whole email address as well as its local
  /// part, so a password equal to the address is weak too.
  var estimatorInputs: [String] {
    let wholeEmail = email.map { $0.isEmpty ? [] : [$0] } ?? []
    return wholeEmail
      + fieldValues.flatMap { _, value in [value] + UserDataTokens.parts(of: value) }
  }
}
