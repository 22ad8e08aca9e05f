using System.CommandLine;
using Tdkt.Platform.Auth;
using Tdkt.Platform.Problems;

namespace Tdkt.Cli;

/// <summary>`tdkt token --role unit --unit nam-po`: a token signed with the local key, for the embedded host and tests.</summary>
public static class TokenCommand
{
    /// <summary>A working day's token, a month at most: a forgotten long-lived token should not stay valid for years.</summary>
    public const int MaxHours = 720;

    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = $"Vai trò: {string.Join(", ", Roles.All)}", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (bắt buộc với vai trò unit và head)" };
        var subject = new Option<string?>("--subject") { Description = "Tên đăng nhập ghi trong token" };
        var hours = new Option<int>("--hours") { Description = $"Thời hạn (giờ, từ 1 đến {MaxHours})", DefaultValueFactory = _ => 8 };
        var command = new Command("token", "In ra một token đăng nhập ký bằng khóa cục bộ") { role, unit, subject, hours };
        command.SetAction(parse =>
        {
            var r = parse.GetValue(role)!;
            var u = parse.GetValue(unit);
            var h = parse.GetValue(hours);
            if (Refusal(r, u, h) is { } refusal) { Console.Error.WriteLine(refusal); return 2; }
            var issuer = new TokenIssuer(SigningKey.Resolve(CliConfiguration.Load()));
            Console.WriteLine(issuer.Issue(r, u, parse.GetValue(subject) ?? u ?? r, TimeSpan.FromHours(h), DateTimeOffset.UtcNow));
            return 0;
        });
        return command;
    }

    private static string? Refusal(string role, string? unit, int hours)
    {
        if (!Roles.All.Contains(role)) return $"Vai trò '{role}' không hợp lệ; chọn một trong: {string.Join(", ", Roles.All)}.";
        var needsUnit = role is Roles.Unit or Roles.Head;
        if (needsUnit && string.IsNullOrWhiteSpace(unit)) return $"Vai trò {role} cần --unit (mã đơn vị, ví dụ nam-po).";
        if (!needsUnit && unit is not null) return $"Vai trò {role} không gắn với đơn vị; bỏ --unit.";
        // The platform's rule for ids: a token for an id the registry cannot hold would be refused everywhere.
        var ids = new Validation();
        if (unit is not null) ids.Id("--unit", unit, "Mã đơn vị");
        if (!ids.IsValid) return ids.ToProblem().ProblemDetails.Errors.Single().Value[0];
        if (hours is < 1 or > MaxHours) return $"--hours phải từ 1 đến {MaxHours} giờ (đã cho {hours}).";
        return null;
    }
}
