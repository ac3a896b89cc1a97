using GraphQL.Transport;

namespace Dialoogtafels.Api.Http;

/// <summary>Either a <see cref="GraphQLRequest"/> or the <see cref="HttpRequestError"/> that refuses it.</summary>
internal readonly record struct GraphQLRequestReadResult(GraphQLRequest? Request, HttpRequestError? Error)
{
    /// <summary>The POST body as received (empty for GET): an idempotent mutation's retry must repeat it.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    public static implicit operator GraphQLRequestReadResult(GraphQLRequest request) => new(request, null);

    public static implicit operator GraphQLRequestReadResult(HttpRequestError error) => new(null, error);
}
