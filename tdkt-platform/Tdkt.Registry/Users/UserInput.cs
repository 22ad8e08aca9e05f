using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Users;

public sealed record UserInput
{
    public string? Id { get; init; }
    public string? DisplayName { get; init; }
    public string? Role { get; init; }
    public string? Unit { get; init; }

    public void Validate(Validation v, string prefix, Func<string, bool> unitExists)
    {
        v.Id(RegistryRules.Join(prefix, "id"), Id, "Tên đăng nhập");
        v.Text(RegistryRules.Join(prefix, "displayName"), DisplayName, "Họ và tên");
        if (Role is null || !Roles.All.Contains(Role))
            v.Add(RegistryRules.Join(prefix, "role"), $"Vai trò không hợp lệ: chỉ nhận {string.Join(", ", Roles.All)}.");
        else if (Role is Roles.Unit or Roles.Head && string.IsNullOrWhiteSpace(Unit))
            v.Add(RegistryRules.Join(prefix, "unit"), "Người dùng của đơn vị hoặc cụm trưởng phải gắn với một đơn vị.");
        if (string.IsNullOrWhiteSpace(Unit)) return;
        if (!InputRules.IsId(Unit)) v.Id(RegistryRules.Join(prefix, "unit"), Unit, "Mã đơn vị");
        else if (!unitExists(Unit)) v.Add(RegistryRules.Join(prefix, "unit"), $"Không có đơn vị '{Unit}'.");
    }

    public UserAccount ToEntity() => new() { Id = Id!, DisplayName = DisplayName!.Trim(), Role = Role!, UnitId = Unit };

    /// <summary>Creates the user or replaces the existing one with this record; the caller saves.</summary>
    public async Task<UserAccount> UpsertAsync(RegistryDb db, CancellationToken ct)
    {
        var user = ToEntity();
        if (await db.Users.FindAsync([user.Id], ct) is { } existing) db.Entry(existing).CurrentValues.SetValues(user);
        else db.Users.Add(user);
        return user;
    }
}
