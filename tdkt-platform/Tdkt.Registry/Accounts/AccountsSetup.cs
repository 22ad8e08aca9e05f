using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tdkt.Platform.Persistence;

namespace Tdkt.Registry.Accounts;

public static class AccountsSetup
{
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Identity's stores and sign-in with the registry's own login cookie. The cookie is registered by
    /// name only: the APIs' default scheme stays bearer, the cookie serves the sign-in page and /connect.
    /// </summary>
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.AddDbContext<AccountsDb>((sp, o) =>
        {
            o.UseTdktProvider(config, AccountsDb.SchemaName);
            o.AddInterceptors(sp.GetServices<IInterceptor>());
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        builder.Services.AddSchemaMigrator<AccountsDb>();
        builder.Services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme, o =>
        {
            o.Cookie.Name = "tdkt.registry";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = LoginPage.Path;
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = SessionLifetime;
            o.SlidingExpiration = true;
        });
        builder.Services.AddIdentityCore<Account>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDb>()
            .AddSignInManager();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "tdkt.antiforgery");
        builder.Services.AddScoped<AccountDirectory>();
        builder.Services.AddSingleton<DemoAccounts>();
    }
}
