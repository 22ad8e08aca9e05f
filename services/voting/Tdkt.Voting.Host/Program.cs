using Tdkt.Voting;
using Tdkt.Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTdktPlatform("voting", new VotingService());

var app = builder.Build();
app.MapTdktPlatformEndpoints();
app.Run();
