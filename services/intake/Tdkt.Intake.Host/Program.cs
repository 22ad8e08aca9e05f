using Tdkt.Intake;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("intake", new IntakeService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
