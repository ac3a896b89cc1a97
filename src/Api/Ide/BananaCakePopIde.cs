using Dialoogtafels.Api.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Dialoogtafels.Api.Ide;

/// <summary>
/// Serves the Banana Cake Pop GraphQL IDE (npm <c>@chillicream/bananacakepop-graphql-ide</c>) the way
/// ChilliCream's own middleware does: a browser's <c>GET /graphql</c> is redirected to <c>/graphql/</c>,
/// whose <c>index.html</c> loads its files relative to that URL; every file of the package is served
/// unmodified (its <c>LICENSE</c> too); the configuration comes from <c>/graphql/bcp-config.json</c>
/// (<see cref="BananaCakePopConfig"/>). When the package is missing: 503 with how to install it.
/// </summary>
internal sealed class BananaCakePopIde(IdePackage package)
{
    private const string ConfigFile = "bcp-config.json";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// A request for the IDE: a GET without <c>query</c> parameter whose Accept names <c>text/html</c>
    /// (a browser), or to <c>/graphql/</c>, the IDE's own address (routing sends it to the endpoint).
    /// </summary>
    public static bool IsIdeRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && (request.Path.Value?.EndsWith('/') == true || AcceptNegotiation.NamesHtml(request));

    /// <summary>
    /// A browser at <c>/graphql</c>: 302 to <c>/graphql/</c> (query string kept), so the IDE's relative
    /// URLs resolve below it; at <c>/graphql/</c> the page itself.
    /// </summary>
    public Task ServeEntryAsync(HttpContext context)
    {
        var request = context.Request;
        if (package.Files is null) return NotInstalledAsync(context);
        if (request.Path.Value?.EndsWith('/') == true) return ServeFileAsync(context, "index.html");
        context.Response.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}");
        return Task.CompletedTask;
    }

    /// <summary><c>GET /graphql/{**asset}</c>: the page, its configuration or one of the package's files.</summary>
    public Task ServeAssetAsync(HttpContext context)
    {
        var asset = context.GetRouteValue("asset") as string ?? "";
        if (package.Files is null) return NotInstalledAsync(context);
        return asset switch
        {
            "" => ServeFileAsync(context, "index.html"),
            ConfigFile => ServeConfigAsync(context),
            _ => ServeFileAsync(context, asset),
        };
    }

    private Task ServeConfigAsync(HttpContext context)
    {
        var config = new BananaCakePopConfig(context.Request.PathBase + GraphQLHttpExtensions.Path, "Dialoogtafels GraphQL");
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.WriteAsync(config.ToJson(), context.RequestAborted);
    }

    private Task ServeFileAsync(HttpContext context, string path)
    {
        var file = package.Files?.GetFileInfo(path);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: { } physicalPath })
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        // The file names below static/ carry a content hash: they never change.
        context.Response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var etag = new EntityTagHeaderValue($"\"{file.Length:x}-{file.LastModified.ToUnixTimeSeconds():x}\"");
        return TypedResults.PhysicalFile(physicalPath, ContentTypeOf(path), lastModified: file.LastModified, entityTag: etag)
            .ExecuteAsync(context);
    }

    // LICENSE and the *.LICENSE.txt files are plain text; unknown kinds are downloads.
    private static string ContentTypeOf(string path)
    {
        if (ContentTypes.TryGetContentType(path, out var type))
            return type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type;
        return System.IO.Path.HasExtension(path) ? "application/octet-stream" : "text/plain; charset=utf-8";
    }

    private Task NotInstalledAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(package.NotInstalledMessage, context.RequestAborted);
    }
}
