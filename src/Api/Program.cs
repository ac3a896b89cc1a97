using Dialoogtafels.Api.GraphQL;
using Dialoogtafels.Api.Export;
using Dialoogtafels.Api.Hosting;
using Dialoogtafels.Api.Operations;
using Dialoogtafels.Api.Operations.WarmUp;
using Dialoogtafels.Api.Http;
using Dialoogtafels.Api.Http.Idempotency;
using Dialoogtafels.Api.Reports;
using Dialoogtafels.Api.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddPersistence();
builder.AddDialoogTelemetry();
builder.AddDialoogHealthChecks();
builder.AddDialoogWarmUp();
builder.AddDialoogGracefulShutdown();
builder.AddDialoogRateLimiting();
builder.AddDialoogAuthentication();
builder.AddDialoogGraphQL();
builder.AddGraphQLHttp();
builder.AddIdempotentMutations();

var app = builder.Build();
if (await CommandLine.TryRunAsync(app, args)) return;

app.UseDialoogGracefulShutdown();
app.UseDialoogForwardedHeaders();
app.MapHealthEndpoints();
app.UseGraphQLCors();
app.UseDialoogAuthentication();
app.UseDialoogRateLimiting();
app.UseDatabaseOutageAnswers();
app.MapGraphQLEndpoint();
app.MapReports();
app.MapExports();
app.Run();

/// <summary>The API host; public so that tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
