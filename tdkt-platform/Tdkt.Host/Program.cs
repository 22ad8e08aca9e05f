using Tdkt.Embedded;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseEmbeddedDefaults();
builder.AddTdktPlatform("tdkt", EmbeddedPlatform.Services());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.PrintStartupBanner();
app.Run();
