using Tdkt.Appraisal;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("appraisal", new AppraisalService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
