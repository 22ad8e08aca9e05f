namespace Tdkt.Web.Auth;

/// <summary>The web app's settings (they are also listed in ConfigKeys.All for the deployment check).</summary>
public static class WebConfigKeys
{
    /// <summary>The OpenID Connect authority the web app signs people in with; by default the host itself (embedded).</summary>
    public const string Authority = "Tdkt:Web:Authority";
    /// <summary>Base address of a service's API, e.g. Tdkt:Web:Services:workflows; by default the host itself.</summary>
    public const string ServicesSection = "Tdkt:Web:Services";
}
