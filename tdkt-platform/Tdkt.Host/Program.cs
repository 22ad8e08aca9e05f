using Tdkt.Embedded;
using Tdkt.Platform.Hosting;
using Tdkt.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseEmbeddedDefaults();
builder.AddTdktPlatform("tdkt", [.. EmbeddedPlatform.Services(), new WebService()]);

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.PrintStartupBanner();
app.Run();
