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
        ValidateRole(v, prefix, Role, Unit, unitExists);
    }

    /// <summary>A known role and, for unit and head roles, an existing unit (users and integration clients alike).</summary>
    public static void ValidateRole(Validation v, string prefix, string? role, string? unit, Func<string, bool> unitExists)
    {
        if (role is null || !Roles.All.Contains(role))
            v.Add(RegistryRules.Join(prefix, "role"), $"Vai trò không hợp lệ: chỉ nhận {string.Join(", ", Roles.All)}.");
        else if (role is Roles.Unit or Roles.Head && string.IsNullOrWhiteSpace(unit))
            v.Add(RegistryRules.Join(prefix, "unit"), "Người dùng của đơn vị hoặc cụm trưởng phải gắn với một đơn vị.");
        if (string.IsNullOrWhiteSpace(unit)) return;
        if (!InputRules.IsId(unit)) v.Id(RegistryRules.Join(prefix, "unit"), unit, "Mã đơn vị");
        else if (!unitExists(unit)) v.Add(RegistryRules.Join(prefix, "unit"), $"Không có đơn vị '{unit}'.");
    }
}
