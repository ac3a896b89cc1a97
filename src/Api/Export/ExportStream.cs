using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Dialoogtafels.Api.Export;

/// <summary>
/// Streams export rows into the response as they arrive from PostgreSQL: each row is written into the
/// response's <see cref="System.IO.Pipelines.PipeWriter"/> and flushed every <see cref="RowsPerFlush"/>
/// rows, so memory stays constant whatever the number of rows, and a slow client slows the reading
/// down (back-pressure) instead of filling memory.
/// </summary>
internal static class ExportStream
{
    /// <summary>Rows written between two flushes of the response body.</summary>
    public const int RowsPerFlush = 500;

    /// <summary>Meter of the exports (<c>Dialoogtafels.Export</c>).</summary>
    public const string MeterName = "Dialoogtafels.Export";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// <c>dialoogtafels.export.rows</c>: rows read from the database and written to responses, counted
    /// before each flush, tagged with the export (<c>ideas</c>, <c>stories</c>) and the format (<c>csv</c>, <c>jsonl</c>).
    /// </summary>
    private static readonly Counter<long> RowsWritten = Meter.CreateCounter<long>("dialoogtafels.export.rows", "{row}", "Export rows written to responses.");

    /// <summary>
    /// Sets the status 200 and the headers of an export response: <c>Content-Type</c> of <paramref name="format"/>,
    /// <c>Content-Disposition: attachment; filename={name}.{extension}</c>, <c>X-Content-Type-Options: nosniff</c>.
    /// A <c>HEAD</c> request gets these and nothing else.
    /// </summary>
    public static void WriteHeaders(HttpContext context, string name, ExportFormat format)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = $"{name}.{format.Extension}" }.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>
    /// Answers 200 with <paramref name="rows"/> in <paramref name="format"/> as the attachment
    /// <c>{name}.{extension}</c>. The query runs before the status line is sent, so a query that fails at
    /// once gives a 500; a failure after the first bytes aborts the connection, so a client never
    /// mistakes a cut-off file for a whole one.
    /// </summary>
    public static async Task WriteAsync<TRow>(
        HttpContext context, string name, ExportFormat format, IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows)
    {
        var cancellationToken = context.RequestAborted;
        await using var enumerator = rows.GetAsyncEnumerator(cancellationToken);
        var hasRow = await enumerator.MoveNextAsync(); // runs the query

        var response = context.Response;
        WriteHeaders(context, name, format);
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var names = columns.Select(c => c.Name).ToArray();
        var values = new object?[columns.Count];
        var tags = new KeyValuePair<string, object?>[] { new("export", name), new("format", format.Extension) };
        var output = response.BodyWriter;
        var pending = 0;
        try
        {
            format.WriteStart(output, names);
            if ((await output.FlushAsync(cancellationToken)).IsCompleted) return; // the client is gone
            for (; hasRow; hasRow = await enumerator.MoveNextAsync())
            {
                for (var i = 0; i < columns.Count; i++) values[i] = columns[i].Value(enumerator.Current);
                format.WriteRow(output, names, values);
                if (++pending < RowsPerFlush) continue;
                RowsWritten.Add(pending, tags);
                pending = 0;
                if ((await output.FlushAsync(cancellationToken)).IsCompleted) return; // waits while the client is behind
            }

            RowsWritten.Add(pending, tags);
            await output.FlushAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportStream))
                .LogError(e, "Export {Export}.{Format} failed after the response started; aborting the connection", name, format.Extension);
            context.Abort();
        }
    }
}
