using Tdkt.Platform.Hosting;
using Tdkt.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("web", new WebService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
