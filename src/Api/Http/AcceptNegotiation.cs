using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Dialoogtafels.Api.Http;

/// <summary>
/// Chooses the response media type from the <c>Accept</c> header (graphql-over-http draft,
/// "Response" › "Body" and "Legacy watershed"; RFC 9110 §12.5.1 for q-values and precedence).
/// </summary>
internal static class AcceptNegotiation
{
    /// <summary>
    /// <list type="bullet">
    /// <item>No <c>Accept</c> header: <c>application/graphql-response+json</c> (the draft's default since 2025-01-01).</item>
    /// <item>Otherwise the JSON type with the highest q-value; a range's <c>charset</c>, when given, must be UTF-8.
    /// On a tie the type the client named wins, <c>application/graphql-response+json</c> when it named both,
    /// and <c>application/json</c> when only wildcards (<c>*/*</c>, <c>application/*</c>) matched: such
    /// generic clients get the legacy type, as the graphql-http audit (47DE) expects.</item>
    /// <item><see langword="null"/> when neither type is acceptable or the header cannot be parsed: reply 406.</item>
    /// </list>
    /// </summary>
    public static string? SelectResponseMediaType(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept)) return GraphQLMediaTypes.GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return null;

        var graphql = Rate(ranges, "graphql-response+json");
        var json = Rate(ranges, "json");
        if (graphql.Quality <= 0 && json.Quality <= 0) return null;
        if (graphql.Quality != json.Quality)
            return graphql.Quality > json.Quality ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
        if (graphql.Named) return GraphQLMediaTypes.GraphQLResponse;
        return GraphQLMediaTypes.Json;
    }

    /// <summary>Whether the client names <c>text/html</c> itself (a browser), not through a wildcard.</summary>
    public static bool NamesHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && Quality(range) > 0);

    // The most specific range matching application/{subType} decides its quality (RFC 9110 §12.5.1).
    private static Rating Rate(IList<MediaTypeHeaderValue> ranges, string subType)
    {
        var best = new Rating(0, Specificity: 0, Named: false);
        foreach (var range in ranges)
        {
            var specificity = Specificity(range, subType);
            if (specificity > best.Specificity && IsUtf8(range))
                best = new Rating(Quality(range), specificity, Named: specificity == 3);
        }
        return best;
    }

    private static int Specificity(MediaTypeHeaderValue range, string subType)
    {
        if (range.MatchesAllTypes) return 1;
        if (!range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)) return 0;
        if (range.MatchesAllSubTypes) return 2;
        return range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase) ? 3 : 0;
    }

    private static bool IsUtf8(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue
        || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || range.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static double Quality(MediaTypeHeaderValue range) => range.Quality ?? 1.0;

    private readonly record struct Rating(double Quality, int Specificity, bool Named);
}
