using System.CommandLine;
using Tdkt.Platform.Auth;

namespace Tdkt.Cli;

/// <summary>`tdkt token --role unit --unit nam-po`: a token signed with the local key, for the embedded host and tests.</summary>
public static class TokenCommand
{
    public static Command Create()
    {
        var role = new Option<string>("--role") { Description = $"Vai trò: {string.Join(", ", Roles.All)}", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (bắt buộc với vai trò unit và head)" };
        var subject = new Option<string?>("--subject") { Description = "Tên đăng nhập ghi trong token" };
        var hours = new Option<int>("--hours") { Description = "Thời hạn (giờ)", DefaultValueFactory = _ => 8 };
        var command = new Command("token", "In ra một token đăng nhập ký bằng khóa cục bộ") { role, unit, subject, hours };
        command.SetAction(parse =>
        {
            var r = parse.GetValue(role)!;
            var u = parse.GetValue(unit);
            if (!Roles.All.Contains(r)) { Console.Error.WriteLine($"Vai trò '{r}' không hợp lệ."); return 2; }
            if (r is Roles.Unit or Roles.Head && string.IsNullOrWhiteSpace(u)) { Console.Error.WriteLine("Vai trò này cần --unit."); return 2; }
            var issuer = new TokenIssuer(SigningKey.Resolve(CliConfiguration.Load()));
            Console.WriteLine(issuer.Issue(r, u, parse.GetValue(subject) ?? u ?? r, TimeSpan.FromHours(parse.GetValue(hours)), DateTimeOffset.UtcNow));
            return 0;
        });
        return command;
    }
}
