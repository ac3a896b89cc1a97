using GraphQL;
using GraphQL.Types;

namespace Dialoogtafels.Api.Http;

/// <summary><c>GET /graphql?sdl</c>: the schema in SDL (<see cref="SchemaExtensions.Print"/>) as <c>text/plain; charset=utf-8</c>.</summary>
internal static class SchemaSdl
{
    /// <summary>Whether the request asks for the SDL: a GET with an <c>sdl</c> query-string parameter.</summary>
    public static bool IsRequested(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl");

    /// <summary>Writes the printed schema.</summary>
    public static Task WriteAsync(HttpContext context)
    {
        var schema = context.RequestServices.GetRequiredService<ISchema>();
        schema.Initialize();
        context.Response.ContentType = GraphQLMediaTypes.PlainText;
        return context.Response.WriteAsync(schema.Print(), context.RequestAborted);
    }
}
