namespace Tdkt.Registry.Users;

/// <summary>A person who signs in: a role and, for unit and head roles, the unit they act for.</summary>
public sealed class UserAccount
{
    public required string Id { get; set; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public string? UnitId { get; set; }
}
