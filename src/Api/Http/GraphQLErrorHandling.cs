using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// What a client learns about unexpected faults (exceptions that are not <see cref="ExecutionError"/>s):
/// outside Development only "Unexpected Execution Error" with code <c>UNEXPECTED_EXECUTION_ERROR</c>;
/// in Development GraphQL.NET's own message, and the exception with its stack trace in
/// <c>extensions.details</c> (<see cref="ErrorInfoProviderOptions.ExposeExceptionDetails"/>).
/// Every such exception is logged. A database outage (<see cref="Persistence.DatabaseFailures.IsUnavailable"/>)
/// becomes a <see cref="DatabaseUnavailableError"/> instead, and the pool of the data source is cleared, so that
/// connections the outage broke are not handed out again once the database is back.
/// </summary>
internal static class GraphQLErrorHandling
{
    public static IGraphQLBuilder AddUnexpectedErrorHandling(this IGraphQLBuilder builder, IHostEnvironment environment)
    {
        var exposeDetails = environment.IsDevelopment();
        return builder
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = exposeDetails)
            .AddUnhandledExceptionHandler((context, options) =>
            {
                var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLErrorHandling));
                var path = context.FieldContext is { } field ? string.Join('.', field.Path) : "(document)";
                if (Persistence.DatabaseFailures.IsUnavailable(context.OriginalException))
                {
                    logger?.LogWarning("The database is unavailable ({Message}) while executing GraphQL at {Path}", context.OriginalException.Message, path);
                    options.RequestServices?.GetService<Npgsql.NpgsqlDataSource>()?.Clear();
                    context.Exception = new DatabaseUnavailableError();
                    return Task.CompletedTask;
                }

                logger?.LogError(context.OriginalException, "Unhandled exception while executing GraphQL at {Path}", path);
                if (!exposeDetails) context.Exception = new UnexpectedExecutionError();
                return Task.CompletedTask;
            });
    }
}
