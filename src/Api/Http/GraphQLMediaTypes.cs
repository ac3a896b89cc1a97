namespace Dialoogtafels.Api.Http;

/// <summary>Media types of GraphQL over HTTP (graphql-over-http draft, section "Media Types").</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The GraphQL response media type; its status codes say whether the request was executed.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy JSON media type: GraphQL errors come with status 200.</summary>
    public const string Json = "application/json";

    /// <summary>The schema SDL returned by <c>GET /graphql?sdl</c>.</summary>
    public const string PlainText = "text/plain; charset=utf-8";

    /// <summary>Adds the charset parameter that every GraphQL response carries (always UTF-8).</summary>
    public static string WithCharset(string mediaType) => mediaType + "; charset=utf-8";
}
