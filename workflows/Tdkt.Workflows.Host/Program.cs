using Tdkt.Workflows;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("workflows", new WorkflowsService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
