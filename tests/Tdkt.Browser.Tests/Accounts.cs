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
        Task<Account> Create(string id, string name, string role, string? unit) => CreateOneAsync(host, id, name, role, unit);
        return new Accounts(
            await Create("thu-quan-tri", "Nguyễn Văn Quản", "admin", null),
            await Create("thu-ban-tdkt", "Trần Thị Bình", "board", null),
            await Create("thu-tua-chua", "Lò Văn Cụm", "head", "tua-chua"),
            await Create("thu-nam-po", "Lường Thị Nậm", "unit", "nam-po"),
            await Create("thu-muong-cha", "Quàng Văn Chà", "unit", "muong-cha"));
    }

    /// <summary>One more person, for a test that needs a unit or head of its own (tests share the host).</summary>
    public static async Task<Account> CreateOneAsync(ServiceHost host, string id, string name, string role, string? unit)
    {
        using var admin = host.Client(ServiceHost.Token("admin"));
        var response = await admin.PutAsJsonAsync($"/registry/users/{id}", new { displayName = name, role, unit });
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
        var created = await response.Content.ReadFromJsonAsync<Created>();
        return new Account(id, created!.Password!, role, unit);
    }

    private sealed record Created(string? Password);
}
