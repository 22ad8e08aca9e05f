using Tdkt.Dossier;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("dossier", new DossierService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
