using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tdkt.Registry.Oidc;

/// <summary>The role and unit tokens issued to an integration client (client credentials) carry.</summary>
public sealed record ClientRole(string Role, string? Unit);

/// <summary>
/// Integration clients: confidential OIDC applications using client credentials, whose role and unit
/// are kept in the application's properties (there is no user behind their tokens).
/// </summary>
public static class IntegrationClients
{
    private const string RoleProperty = "tdkt_role";
    private const string UnitProperty = "tdkt_unit";

    public static async Task<string> CreateAsync(IOpenIddictApplicationManager applications,
        string clientId, string displayName, string role, string? unit, CancellationToken ct)
    {
        var secret = Accounts.Passwords.Generate() + "-" + Accounts.Passwords.Generate();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + OidcScopes.Api },
        };
        descriptor.Properties[RoleProperty] = JsonSerializer.SerializeToElement(role);
        if (unit is not null) descriptor.Properties[UnitProperty] = JsonSerializer.SerializeToElement(unit);
        await applications.CreateAsync(descriptor, ct);
        return secret;
    }

    public static async Task<ClientRole?> RoleOfAsync(IOpenIddictApplicationManager applications, object application, CancellationToken ct)
    {
        var properties = await applications.GetPropertiesAsync(application, ct);
        if (!properties.TryGetValue(RoleProperty, out var role) || role.ValueKind != JsonValueKind.String) return null;
        var unit = properties.TryGetValue(UnitProperty, out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        return new ClientRole(role.GetString()!, unit);
    }
}
