using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tdkt.Platform.Auth;

/// <summary>Issues tokens signed with the local key (embedded mode, tests and `tdkt token`).</summary>
public sealed class TokenIssuer(SecurityKey key, string audience = SigningKey.DefaultAudience)
{
    public string Issue(string role, string? unitId, string subject, TimeSpan lifetime, DateTimeOffset now)
    {
        if (!Roles.All.Contains(role)) throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        var claims = new List<Claim> { new(TdktClaims.Subject, subject), new(TdktClaims.Role, role) };
        if (unitId is not null) claims.Add(new Claim(TdktClaims.Unit, unitId));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = SigningKey.Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
