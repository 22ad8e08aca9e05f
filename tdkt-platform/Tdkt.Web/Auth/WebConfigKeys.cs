using Tdkt.Platform.Hosting;

namespace Tdkt.Web.Auth;

/// <summary>The web app's settings (declared in ConfigKeys, which the deployment files are checked against).</summary>
public static class WebConfigKeys
{
    public const string Authority = ConfigKeys.WebAuthority;
    public const string ServicesSection = ConfigKeys.WebServices;
}
