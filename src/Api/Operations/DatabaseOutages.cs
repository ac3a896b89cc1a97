using System.Text.Json;
using Dialoogtafels.Api.Http;
using Dialoogtafels.Persistence;
using Npgsql;

namespace Dialoogtafels.Api.Operations;

/// <summary>
/// For the endpoints outside GraphQL (exports, reports): a database outage
/// (<see cref="DatabaseFailures.IsUnavailable"/>) that reaches the pipeline is answered with 503,
/// <c>Retry-After</c> and <c>{"errors":[{"message":…,"extensions":{"code":"DATABASE_UNAVAILABLE"}}]}</c> instead of
/// a 500, when the response has not started; the data source's pool is cleared, as the GraphQL endpoint does
/// (<see cref="DatabaseUnavailableError"/>).
/// </summary>
public static class DatabaseOutages
{
    /// <summary>Adds the middleware; put it before the endpoints it covers.</summary>
    public static WebApplication UseDatabaseOutageAnswers(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception exception) when (DatabaseFailures.IsUnavailable(exception) && !context.Response.HasStarted)
            {
                context.RequestServices.GetService<NpgsqlDataSource>()?.Clear();
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutages))
                    .LogWarning("The database is unavailable ({Message}) for {Path}", exception.Message, context.Request.Path);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = DatabaseUnavailableError.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "application/json; charset=utf-8";
                var error = new DatabaseUnavailableError();
                await JsonSerializer.SerializeAsync(context.Response.Body,
                    new { errors = new[] { new { message = error.Message, extensions = new { code = error.Code } } } }, cancellationToken: context.RequestAborted);
            }
        });
        return app;
    }
}
