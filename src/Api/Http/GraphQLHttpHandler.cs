using Dialoogtafels.Api.Http.Idempotency;
using Dialoogtafels.Api.Ide;
using Dialoogtafels.Api.Operations;
using Dialoogtafels.Persistence;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// The <c>/graphql</c> endpoint, following the graphql-over-http draft:
/// <list type="bullet">
/// <item>only GET and POST: other methods get 405 with <c>Allow: GET, POST</c>;</item>
/// <item><c>GET ?sdl</c>: the schema SDL; <c>GET</c> from a browser (Accept names <c>text/html</c>, no
/// <c>query</c>): the Banana Cake Pop IDE;</item>
/// <item>otherwise the response media type is negotiated (406 when neither JSON type is acceptable),
/// the request read (400/413/415 when malformed), its document taken from <see cref="ValidatedDocumentCache"/>
/// or parsed and checked by <see cref="DocumentGuard"/>, held against the caller's <see cref="OperationLimits"/>
/// (root fields, aliases: 400), executed with the DI-registered
/// <see cref="IDocumentExecuter{TSchema}"/> in a <see cref="ConnectionLimit"/> of
/// <see cref="GraphQLHttpOptions.MaxConnectionsPerRequest"/> connections (an expensive request after its turn in the
/// <see cref="ExpensiveRequestLane"/>, 503 <c>SERVER_BUSY</c> when its queue is full), on the database route of
/// <see cref="ReadRouting"/> (an anonymous query reads from a standby when one is configured, and runs once more on the
/// primary when the standby was unavailable), and written by <see cref="GraphQLResponseWriter"/>.</item>
/// <item>a mutation POSTed with an <c>Idempotency-Key</c> runs once per key and caller; retries get its stored
/// response (<see cref="IdempotentMutations"/>, when the host registers it: <c>AddIdempotentMutations</c>).</item>
/// <item>the deadline <see cref="GraphQLHttpOptions.RequestTimeout"/> runs from the moment the request is handled
/// (reading the body included): its token cancels the body read, the resolvers and, through them, the SQL
/// statements (Npgsql sends PostgreSQL a cancel request for a running command). When it passes, the answer is
/// <see cref="HttpRequestError.Timeout"/> (503, <c>TIMEOUT</c>, <c>Retry-After</c>), at the latest
/// <see cref="TimeoutGrace"/> after the deadline even if some work does not stop.</item>
/// </list>
/// </summary>
internal sealed class GraphQLHttpHandler(
    IOptions<GraphQLHttpOptions> options, BananaCakePopIde ide, ValidatedDocumentCache documents, RequestValidationRules validation,
    ExpensiveRequestLane expensive, ILogger<GraphQLHttpHandler> logger, DatabaseServers? servers = null, IdempotentMutations? idempotency = null)
{
    /// <summary>
    /// How long after the deadline the answer waits for cancelled work to end (1 second): a cancelled statement
    /// usually ends within milliseconds. Work that ignores the cancellation (synchronous code, such as building
    /// the schema on the first request) is then left to finish on its own and logged; the client is answered.
    /// </summary>
    public static readonly TimeSpan TimeoutGrace = TimeSpan.FromSeconds(1);

    /// <summary>Handles one HTTP request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteErrorAsync(context, GraphQLMediaTypes.Json, HttpRequestError.MethodNotAllowed(request.Method));
            return;
        }
        if (SchemaSdl.IsRequested(request))
        {
            await SchemaSdl.WriteAsync(context);
            return;
        }
        if (BananaCakePopIde.IsIdeRequest(request))
        {
            await ide.ServeEntryAsync(context);
            return;
        }

        var mediaType = AcceptNegotiation.SelectResponseMediaType(request);
        if (mediaType is null)
        {
            var notAcceptable = HttpRequestError.NotAcceptable(request.Headers.Accept);
            await GraphQLResponseWriter.WriteErrorAsync(context, GraphQLMediaTypes.Json, notAcceptable);
            return;
        }

        using var deadline = new CancellationTokenSource(options.Value.RequestTimeout);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, deadline.Token);
        IdempotencyClaim? claim = null;
        ExpensiveRequestLane.Turn? turn = null;
        try
        {
            var parameters = new GraphQLParameters(context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
            var read = isGet
                ? QueryStringRequestReader.Read(request.Query, parameters)
                : await JsonBodyRequestReader.ReadAsync(request, options.Value.MaxRequestBytes, parameters, cancellation.Token);
            if (read.Error is { } error)
            {
                await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, error);
                return;
            }
            var query = read.Request!.Query;
            var operationName = read.Request.OperationName;
            var cached = query is null ? null : documents.Get(query, operationName);
            ValidationError? refused = null;
            var shape = cached?.Shape ?? default;
            var document = cached?.Document ?? DocumentGuard.Check(query, operationName, context.RequestServices.GetRequiredService<ISchema>(),
                options.Value.MaxFieldSelections, out shape, out refused);
            var refusals = refused is null ? OperationLimits.Of(options.Value, context.User).Refusals(shape) : [refused];
            var operation = document is null ? null : ValidatedDocument.OperationOf(document, operationName);
            if (idempotency is not null && !isGet && refusals.Count == 0 && operation == GraphQLParser.AST.OperationType.Mutation
                && IdempotentMutations.ScopeOf(context) is { } scope)
            {
                var key = IdempotencyKeyHeader.Read(request, out var keyError);
                if (keyError is not null)
                {
                    await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, keyError);
                    return;
                }
                if (key is not null && (claim = await idempotency.BeginAsync(context, mediaType, scope, key, read.Body, cancellation.Token)) is null) return;
            }
            var userContext = new Dictionary<string, object?>();
            if (cached?.Complexity is { } complexity) userContext[ExpensiveRequestLane.CostKey] = complexity;
            turn = ExpensiveRequestLane.Begin(userContext);
            ExecutionResult result;
            if (refusals.Count == 0)
            {
                var rules = validation.For(cached, context.User, isGet && cached is not { IsQuery: true } ? HttpGetQueriesOnlyRule.Instance : null);
                var route = ReadRouting.RouteOf(context.User, operation == GraphQLParser.AST.OperationType.Query);
                result = await ExecuteAsync(context, read.Request, document, rules, route, userContext, turn, deadline, cancellation.Token);
                // A standby that went away broke its pooled connections; Npgsql now knows it is offline, so the primary answers.
                if (!turn.Busy && ReadRouting.RetriesOnPrimary(route, servers, result.Errors?.Any(e => e is DatabaseUnavailableError) == true))
                {
                    turn.End();
                    turn = ExpensiveRequestLane.Begin(userContext);
                    result = await ExecuteAsync(context, read.Request, document, rules, DatabaseRoute.Primary, userContext, turn, deadline, cancellation.Token);
                }
            }
            else
            {
                result = new ExecutionResult { Errors = [.. refusals] };
            }
            if (turn.Busy)
            {
                await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, HttpRequestError.ServerBusy(ExpensiveRequestLane.RetryAfterSeconds));
                return;
            }
            if (result.Executed && document is not null && query is not null)
            {
                validation.MarkPassed(cached ?? documents.Set(query, operationName, document, shape,
                    userContext.GetValueOrDefault(ExpensiveRequestLane.CostKey) as double?, validation.CallerScopedRuleCount), context.User);
            }
            if (claim is not null)
            {
                var completing = claim;
                claim = null;
                await idempotency!.CompleteAsync(context, mediaType, completing, result, deadline.Token);
                return;
            }
            await GraphQLResponseWriter.WriteResultAsync(context, mediaType, result);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, HttpRequestError.Timeout(options.Value.RequestTimeout));
        }
        finally
        {
            turn?.End(); // the answer is written: with the execution ended too, the lane's permit goes back
            // A request that holds its key and did not complete (timeout, client gone, a fault) gives it back.
            if (claim is not null) await idempotency!.ReleaseAsync(claim, deadline.Token);
        }
    }

    // Runs on the database route and in a ConnectionLimit of its own: the resolvers of this request, which GraphQL.NET runs in
    // parallel, hold at most MaxConnectionsPerRequest connections at a time (entered before Task.Run, so
    // the scope flows into the execution). GraphQL.NET's own Timeout stays off: with the deadline in the execution's token, a cancellation is
    // rethrown as an OperationCanceledException (DocumentExecuter: "the original token was cancelled"),
    // which HandleAsync answers as a timeout. Executed on the thread pool, so that synchronous work inside
    // the executer cannot hold the answer past the deadline.
    private async Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLRequest request, GraphQLParser.AST.GraphQLDocument? document, IEnumerable<IValidationRule> rules,
        DatabaseRoute route, Dictionary<string, object?> userContext, ExpensiveRequestLane.Turn turn, CancellationTokenSource deadline,
        CancellationToken cancellationToken)
    {
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        using var connections = ConnectionLimit.Enter(options.Value.MaxConnectionsPerRequest, cancellationToken);
        using var server = DatabaseRouting.Enter(route);
        var execution = Task.Run(async () =>
        {
            try
            {
                return await Execute();
            }
            finally
            {
                turn.End(); // the execution ended (also when the answer went out before, at the deadline)
            }
        }, CancellationToken.None);

        Task<ExecutionResult> Execute() => executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            ValidationRules = rules,
            Timeout = Timeout.InfiniteTimeSpan,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = new RequestServiceMemo(context.RequestServices, context.RequestServices.GetRequiredService<SharedServiceTypes>()),
            User = context.User,
            UserContext = userContext,
            Listeners = { expensive },
            CancellationToken = cancellationToken,
        });

        var bound = new TaskCompletionSource();
        await using (deadline.Token.Register(() => Task.Delay(TimeoutGrace).ContinueWith(_ => bound.TrySetResult(), TaskScheduler.Default)))
        {
            if (await Task.WhenAny(execution, bound.Task) == execution) return await execution;
        }

        // The work did not stop within the grace: answer now, observe the rest.
        logger.LogWarning("A GraphQL execution did not stop within {Grace} after its deadline of {Timeout}; answered with a timeout.",
            TimeoutGrace, options.Value.RequestTimeout);
        _ = execution.ContinueWith(t => logger.LogWarning(t.Exception, "A GraphQL execution that passed its deadline ended with a fault."),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        throw new OperationCanceledException(deadline.Token);
    }
}
