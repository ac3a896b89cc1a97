using System.Buffers;

namespace Dialoogtafels.Api.Http;

/// <summary>Reads a request body into memory, refusing it once it exceeds a maximum size.</summary>
internal static class RequestBodyReader
{
    /// <summary>
    /// The body's bytes, or <see langword="null"/> when it is larger than <paramref name="maxBytes"/>
    /// (by its <c>Content-Length</c> or while reading). Kestrel's own limits surface as
    /// <see cref="BadHttpRequestException"/>, which the caller turns into its status code.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return null;
        using var body = new MemoryStream((int)Math.Min(request.ContentLength ?? 4096, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes) return null;
                body.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return new ReadOnlyMemory<byte>(body.GetBuffer(), 0, (int)body.Length);
    }
}
