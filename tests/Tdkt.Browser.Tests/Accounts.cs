using System.Net.Http.Json;
using FluentAssertions;
using Tdkt.Testing;

namespace Tdkt.Browser.Tests;

public sealed record Account(string UserName, string Password, string Role, string? Unit);

/// <summary>
/// One person per role, created the way an administrator does (PUT /registry/users, which answers with a generated
/// password once): Tủa Chùa heads the Điện Biên highland cluster of 2022, Nậm Pồ is one of its members.
/// </summary>
public sealed record Accounts(Account Admin, Account Board, Account Head, Account Unit, Account OtherUnit)
{
    public static async Task<Accounts> CreateAsync(ServiceHost host)
    {
        using var admin = host.Client(ServiceHost.Token("admin"));
        async Task<Account> Create(string id, string name, string role, string? unit)
        {
            var response = await admin.PutAsJsonAsync($"/registry/users/{id}", new { displayName = name, role, unit });
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
            var created = await response.Content.ReadFromJsonAsync<Created>();
            return new Account(id, created!.Password!, role, unit);
        }
        return new Accounts(
            await Create("thu-quan-tri", "Nguyễn Văn Quản", "admin", null),
            await Create("thu-ban-tdkt", "Trần Thị Bình", "board", null),
            await Create("thu-tua-chua", "Lò Văn Cụm", "head", "tua-chua"),
            await Create("thu-nam-po", "Lường Thị Nậm", "unit", "nam-po"),
            await Create("thu-muong-cha", "Quàng Văn Chà", "unit", "muong-cha"));
    }

    private sealed record Created(string? Password);
}
