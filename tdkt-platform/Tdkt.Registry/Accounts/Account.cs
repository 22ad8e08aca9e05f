using Microsoft.AspNetCore.Identity;

namespace Tdkt.Registry.Accounts;

/// <summary>
/// A person who signs in. The user name is the id administrators and tokens use (`sub`); the role is an
/// Identity role (one of the platform's four) and, for unit and head roles, UnitId names their unit.
/// </summary>
public sealed class Account : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string? UnitId { get; set; }
}
