using Dialoogtafels.Api.Ide;
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
/// or parsed and checked by <see cref="DocumentGuard"/>, executed with the DI-registered
/// <see cref="IDocumentExecuter{TSchema}"/> in a <see cref="ConnectionLimit"/> of
/// <see cref="GraphQLHttpOptions.MaxConnectionsPerRequest"/> connections, and written by <see cref="GraphQLResponseWriter"/>.</item>
/// </list>
/// </summary>
internal sealed class GraphQLHttpHandler(
    IOptions<GraphQLHttpOptions> options, BananaCakePopIde ide, ValidatedDocumentCache documents, RequestValidationRules validation)
{
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

        try
        {
            var parameters = new GraphQLParameters(context.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
            var read = isGet
                ? QueryStringRequestReader.Read(request.Query, parameters)
                : await JsonBodyRequestReader.ReadAsync(request, options.Value.MaxRequestBytes, parameters, context.RequestAborted);
            if (read.Error is { } error)
            {
                await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, error);
                return;
            }
            var query = read.Request!.Query;
            var operationName = read.Request.OperationName;
            var cached = query is null ? null : documents.Get(query, operationName);
            ValidationError? refused = null;
            var document = cached?.Document ?? DocumentGuard.Check(query, operationName, context.RequestServices.GetRequiredService<ISchema>(),
                options.Value.MaxFieldSelections, out refused);
            var result = refused is null
                ? await ExecuteAsync(context, read.Request, document, validation.For(cached, context.User, isGet && cached is not { IsQuery: true } ? HttpGetQueriesOnlyRule.Instance : null), options.Value.RequestTimeout)
                : new ExecutionResult { Errors = [refused] };
            if (result.Executed && document is not null && query is not null)
            {
                validation.MarkPassed(cached ?? documents.Set(query, operationName, document, validation.CallerScopedRuleCount), context.User);
            }
            await GraphQLResponseWriter.WriteResultAsync(context, mediaType, result);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
    }

    // Runs in a ConnectionLimit of its own: the resolvers of this request, which GraphQL.NET runs in
    // parallel, hold at most MaxConnectionsPerRequest connections at a time.
    private async Task<ExecutionResult> ExecuteAsync(
        HttpContext context, GraphQLRequest request, GraphQLParser.AST.GraphQLDocument? document, IEnumerable<IValidationRule> rules, TimeSpan timeout)
    {
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        using var connections = ConnectionLimit.Enter(options.Value.MaxConnectionsPerRequest, context.RequestAborted);
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            ValidationRules = rules,
            Timeout = timeout,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = new RequestServiceMemo(context.RequestServices, context.RequestServices.GetRequiredService<SharedServiceTypes>()),
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
    }
}
