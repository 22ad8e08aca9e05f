using Tdkt.Registry;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("registry", new RegistryService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
